import { useToday } from '../../data/useCheckIns';
import { useTodayStep } from '../../ui/todaySteps';
import { ReviewDue } from '../components/ReviewDue';
import { useReview } from '../state';

/** Today's card for the weekly review, while it waits (the review day and two days after). */
export function ReviewStep() {
  const today = useToday();
  const { due } = useReview(today);
  const shown = useTodayStep('review', { review: due !== null });
  if (!due || !shown) return null;
  return <ReviewDue lastDay={due} today={today} headingId="today-review" />;
}
