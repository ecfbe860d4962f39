"""Replays the histories mlsd-bench wrote through py-fsrs (fuzz off), for `make bench`.

Usage: python py_fsrs.py HISTORIES RUNS STATES

Prints one line, `median-seconds reviews reviews-per-second runs seconds-of-each-run...`, as
`mlsd-bench fsrs`, and writes each card's final state in the same columns so bench/run.sh can
compare the two implementations card by card. Parsing and datetime arithmetic happen before the
clock starts: only `Scheduler.review_card` is timed, the most favourable reading for py-fsrs.
"""
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone

from fsrs import Card, Rating, Scheduler


def read_histories(path):
    with open(path) as handle:
        cards, reviews, start = (int(x) for x in handle.readline().split())
        start = datetime.fromtimestamp(start, tz=timezone.utc)
        histories = []
        for line in handle:
            numbers = [int(x) for x in line.split()]
            moment = start
            history = []
            for index in range(0, len(numbers), 2):
                moment = moment + timedelta(seconds=numbers[index + 1])
                history.append((Rating(numbers[index]), moment))
            histories.append(history)
    if len(histories) != cards or any(len(h) != reviews for h in histories):
        sys.exit(f"py_fsrs.py: {path} does not hold {cards} histories of {reviews} reviews")
    return start, histories


def replay(scheduler, start, histories):
    finals = []
    for card_id, history in enumerate(histories, start=1):
        # An explicit card_id: without one py-fsrs sleeps a millisecond per card to make it unique.
        card = Card(card_id=card_id, due=start)
        for rating, moment in history:
            card, _ = scheduler.review_card(card, rating, review_datetime=moment)
        finals.append(card)
    return finals


def state_line(card):
    def number(value):
        return "nan" if value is None else repr(float(value))

    last = -1 if card.last_review is None else round(card.last_review.timestamp())
    step = -1 if card.step is None else card.step
    return f"{int(card.state)} {step} {number(card.stability)} {number(card.difficulty)} {round(card.due.timestamp())} {last}"


def main():
    path, runs, states = sys.argv[1], max(1, int(sys.argv[2])), sys.argv[3]
    start, histories = read_histories(path)
    scheduler = Scheduler(enable_fuzzing=False)
    times = []
    finals = []
    for _ in range(runs):
        began = time.perf_counter()
        finals = replay(scheduler, start, histories)
        times.append(time.perf_counter() - began)
    reviews = sum(len(h) for h in histories)
    median = statistics.median(times)
    print(f"{median:.6f} {reviews} {reviews / median:.0f} {runs} " + " ".join(f"{t:.6f}" for t in times))
    with open(states, "w") as handle:
        handle.write("\n".join(state_line(card) for card in finals) + "\n")


if __name__ == "__main__":
    main()
