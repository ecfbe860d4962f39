#!/usr/bin/env python3
"""Generate fsrs-reference.json: review histories replayed through py-fsrs 6.3.2 with fuzz off.

MLSDCore's scheduler must reproduce every card state in the file (state, step, due to the second,
stability and difficulty to 1e-9 relative). The file is committed; py-fsrs is not. To regenerate:

    python3 -m venv /tmp/fsrs-venv
    /tmp/fsrs-venv/bin/pip install fsrs==6.3.2
    /tmp/fsrs-venv/bin/python Tests/MLSDCoreTests/Fixtures/fsrs/generate.py

Each history names its scheduler settings, an optional starting card (to reach states a new card
cannot, such as a step beyond a shrunken step list) and a list of reviews. A review happens at an
explicit instant, recorded in the file, so the Swift replay never has to re-derive timing rules.
The random histories use their own seeded generator; py-fsrs's global random() is never drawn
because fuzzing is off.
"""

import json
import random
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import fsrs
from fsrs import Card, Rating, Scheduler, State

assert fsrs.__version__ == "6.3.2" if hasattr(fsrs, "__version__") else True

UTC = timezone.utc
DAY = 86400
DEFAULT_W = list(fsrs.scheduler.DEFAULT_PARAMETERS)

# Parameter vectors inside py-fsrs's bounds but far from the defaults, to catch a formula that
# only matches because a default weight hides a term (w7 = 0.001, w19 small, ...).
CUSTOM_W = [
    [0.4, 0.9, 3.1, 15.0, 7.2, 0.5, 1.8, 0.05, 1.5, 0.3, 1.1, 1.9, 0.12, 0.4, 2.1,
     0.3, 2.5, 0.9, 0.3, 0.2, 0.5],
    [1.0, 2.0, 4.0, 30.0, 5.0, 1.2, 2.5, 0.2, 2.2, 0.05, 0.6, 0.9, 0.2, 0.6, 1.0,
     0.8, 1.2, 0.2, 0.6, 0.5, 0.1],
    [0.001, 0.05, 100.0, 100.0, 10.0, 4.0, 4.0, 0.75, 4.5, 0.8, 3.5, 5.0, 0.25, 0.9, 4.0,
     1.0, 6.0, 2.0, 2.0, 0.8, 0.8],
    [0.1, 0.2, 0.3, 0.4, 1.0, 0.001, 0.001, 0.001, 0.0, 0.0, 0.001, 0.001, 0.001, 0.001, 0.0,
     0.0, 1.0, 0.0, 0.0, 0.0, 0.1],
    # FSRS-5 weights run as FSRS-6 (w19 = 0, w20 = 0.5): fixed decay of 0.5.
    DEFAULT_W[:19] + [0.0, 0.5],
]

START = datetime(2024, 3, 1, 9, 0, 0, tzinfo=UTC)


def iso(dt):
    return dt.isoformat() if dt is not None else None


def card_dict(card):
    return {
        "state": int(card.state),
        "step": card.step,
        "stability": card.stability,
        "difficulty": card.difficulty,
        "due": iso(card.due),
        "last_review": iso(card.last_review),
    }


def settings(w=None, retention=0.9, learning=(60, 600), relearning=(600,), max_ivl=36500):
    return {
        "parameters": list(w if w is not None else DEFAULT_W),
        "desired_retention": retention,
        "learning_steps": list(learning),
        "relearning_steps": list(relearning),
        "maximum_interval": max_ivl,
    }


def scheduler_for(s):
    return Scheduler(
        parameters=s["parameters"],
        desired_retention=s["desired_retention"],
        learning_steps=[timedelta(seconds=x) for x in s["learning_steps"]],
        relearning_steps=[timedelta(seconds=x) for x in s["relearning_steps"]],
        maximum_interval=s["maximum_interval"],
        enable_fuzzing=False,
    )


# A review's timing: ("due", seconds) reviews that many seconds after the card is due (negative:
# early); ("last", seconds) that many seconds after the previous review (or the start).
def at_due(offset=0):
    return ("due", offset)


def after(seconds):
    return ("last", seconds)


HISTORIES = []
NEXT_ID = [1000]


def history(name, steps, s=None, start=START, initial=None):
    NEXT_ID[0] += 1
    HISTORIES.append({
        "name": name,
        "card_id": NEXT_ID[0],
        "settings": s or settings(),
        "start": start,
        "initial": initial,
        "steps": steps,
    })


def on_time(ratings):
    return [(at_due(), r) for r in ratings]


# --- first ratings and the worked example ---------------------------------------------------
for r in (1, 2, 3, 4):
    history(f"first rating {r} then on-time goods", on_time([r] + [3] * 6))
history("worked example fsrs-6.md section 3", on_time([3, 3, 3, 3, 3, 3, 1, 3, 3]))
history("again good good (graduates at S=0.28)", on_time([1, 3, 3, 3, 3]))
history("hard hard hard in learning", on_time([2, 2, 2, 3, 3, 3]))
history("easy from step 1", on_time([3, 4, 3, 3]))

# --- long chains into year ~3000 --------------------------------------------------------------
history("long on-time good chain to year ~3000", on_time([3] * 20))
history("long on-time easy chain", on_time([4] * 25))
history("long chain, late by a third of a day each time", [(at_due(8 * 3600), 3) for _ in range(28)])
history("long chain at max interval 365", on_time([3] * 20), s=settings(max_ivl=365))
history("long chain with max interval 1", on_time([3, 3, 3, 3, 4, 4]), s=settings(max_ivl=1))

# --- lapses, early, late and same-day reviews ---------------------------------------------------
history("lapse then relearn", on_time([3, 3, 3, 3, 1, 3, 3, 3, 1, 1, 3, 3]))
history("repeated lapses (difficulty hell)", on_time([3, 3, 1, 3, 1, 3, 2, 1, 3, 2, 2, 3, 3]))
history("hard streak in review", on_time([3, 3] + [2] * 10))
history("early reviews a day or more before due",
        [(at_due(), 3), (at_due(), 3), (at_due(), 3), (at_due(-2 * DAY), 3), (at_due(-5 * DAY), 3),
         (at_due(-DAY), 4), (at_due(-3 * DAY), 2), (at_due(-DAY), 1), (at_due(), 3)])
history("late reviews (weeks and years overdue)",
        [(at_due(), 3), (at_due(), 3), (at_due(30 * DAY), 3), (at_due(400 * DAY), 3),
         (at_due(3 * 365 * DAY), 1), (at_due(90 * DAY), 3), (at_due(10 * DAY), 2)])
history("same-day repeats in review",
        [(at_due(), 3), (at_due(), 3), (at_due(), 3), (after(3600), 3), (after(600), 3), (after(60), 4),
         (after(120), 1), (after(30), 3), (after(7200), 2), (at_due(), 3)])
history("23h59m59s counts as the same day",
        [(at_due(), 3), (at_due(), 3), (after(DAY - 1), 3), (after(DAY - 1), 3), (after(DAY), 3),
         (after(DAY - 1), 1), (after(DAY), 3), (after(2 * DAY - 1), 3)])
history("same-day again in review does not use the lapse formula",
        [(at_due(), 3), (at_due(), 3), (at_due(), 3), (after(5 * 3600), 1), (after(60), 1), (after(600), 3)])
history("learning card reviewed days later uses long-term formulas",
        [(at_due(), 3), (after(3 * DAY), 3), (at_due(), 3)])
history("relearning card reviewed days later",
        [(at_due(), 4), (at_due(), 1), (after(4 * DAY), 2), (after(2 * DAY), 3), (at_due(), 3)])
history("learning again loops",
        [(at_due(), 1), (at_due(), 1), (at_due(), 2), (at_due(), 1), (at_due(), 3), (at_due(), 3), (at_due(), 3)])
history("review before the first due (same minute)",
        [(after(0), 3), (after(0), 3), (after(0), 3), (after(5), 3)])
history("fractional-second review instants",
        [(after(0.25), 3), (after(600.5), 2), (after(0.125), 3), (at_due(), 3), (at_due(1.75), 3)],
        start=datetime(2024, 2, 29, 23, 59, 59, 500000, tzinfo=UTC))

# --- non-default retention --------------------------------------------------------------------
for ret in (0.8, 0.95, 0.7, 0.99):
    history(f"retention {ret}", on_time([3, 3, 3, 3, 1, 3, 3, 2, 4, 3]), s=settings(retention=ret))
history("retention 0.8 long chain", on_time([3] * 18), s=settings(retention=0.8))
history("retention 0.95 with lapses", on_time([1, 3, 3, 3, 1, 1, 3, 3, 3]), s=settings(retention=0.95))

# --- learning and relearning steps ------------------------------------------------------------
history("empty learning steps, first again", on_time([1, 3, 3, 1, 3]), s=settings(learning=()))
history("empty learning steps, first hard/easy", on_time([2, 4, 3]), s=settings(learning=()))
history("empty relearning steps: again stays in review",
        on_time([3, 3, 3, 3, 1, 3, 1, 1, 3]), s=settings(relearning=()))
history("empty learning and relearning steps", on_time([3, 1, 2, 1, 4, 3]), s=settings(learning=(), relearning=()))
history("one learning step (hard = 1.5x)", on_time([2, 2, 1, 2, 3, 3]), s=settings(learning=(300,)))
history("one odd-second learning step (hard = 1.5x gives half seconds)", on_time([2, 2, 3, 3]),
        s=settings(learning=(61,)))
history("three learning steps", on_time([3, 2, 3, 2, 3, 3, 1, 3, 3]), s=settings(learning=(60, 600, 3600)))
history("three relearning steps",
        on_time([3, 3, 3, 1, 2, 3, 2, 3, 3, 1, 4, 3]), s=settings(relearning=(300, 1800, 7200)))
history("two relearning steps, again inside relearning",
        on_time([3, 3, 3, 1, 3, 1, 2, 3, 3, 3]), s=settings(relearning=(600, 86400)))
history("long learning steps (a day and more)",
        on_time([3, 3, 3, 3, 3]), s=settings(learning=(3600, 86400, 3 * 86400)))
history("learning step beyond a shrunken step list",
        [(at_due(), 2), (at_due(), 1), (at_due(), 3)], s=settings(learning=(60,)),
        initial={"state": 1, "step": 3, "stability": 2.3065, "difficulty": 2.1181,
                 "due": START, "last_review": START - timedelta(minutes=10)})
history("relearning step beyond a shrunken step list (good graduates)",
        [(at_due(), 3), (at_due(), 3)], s=settings(relearning=(600,)),
        initial={"state": 3, "step": 2, "stability": 4.2, "difficulty": 6.5,
                 "due": START, "last_review": START - timedelta(hours=2)})
history("relearning step beyond a shrunken step list (again restarts)",
        [(at_due(), 1), (at_due(), 3), (at_due(), 3)], s=settings(relearning=(600,)),
        initial={"state": 3, "step": 5, "stability": 4.2, "difficulty": 6.5,
                 "due": START, "last_review": START - timedelta(days=3)})
history("review card imported with S and D",
        [(at_due(), 3), (at_due(), 1), (at_due(), 3), (at_due(), 3)],
        initial={"state": 2, "step": None, "stability": 120.0, "difficulty": 9.7,
                 "due": START, "last_review": START - timedelta(days=120)})
history("tiny stability near the floor",
        on_time([1, 1, 1, 3, 1, 1, 3, 3]), s=settings(w=CUSTOM_W[3]))

# --- non-default parameters -------------------------------------------------------------------
for i, w in enumerate(CUSTOM_W):
    history(f"custom parameters {i} mixed", on_time([3, 3, 2, 3, 1, 3, 3, 4, 3, 2, 1, 1, 3, 3]), s=settings(w=w))
    history(f"custom parameters {i} same-day and late",
            [(at_due(), 1), (after(30), 2), (after(3600), 3), (at_due(), 3), (after(7200), 3),
             (at_due(40 * DAY), 3), (after(DAY), 1), (after(60), 3), (at_due(), 4)],
            s=settings(w=w, retention=0.85))

# --- random histories -------------------------------------------------------------------------
rng = random.Random(20240301)
for i in range(36):
    w = DEFAULT_W if i % 3 else rng.choice(CUSTOM_W)
    learning = rng.choice([(60, 600), (60, 600), (), (300,), (60, 600, 3600)])
    relearning = rng.choice([(600,), (600,), (), (300, 3600)])
    retention = rng.choice([0.9, 0.9, 0.8, 0.85, 0.95, 0.97])
    max_ivl = rng.choice([36500, 36500, 36500, 180, 3650])
    steps = []
    for _ in range(rng.randint(8, 30)):
        rating = rng.choices([1, 2, 3, 4], weights=[2, 2, 6, 1])[0]
        kind = rng.random()
        if kind < 0.55:
            timing = at_due(rng.choice([0, 0, 0, 60, 3600, 6 * 3600]))
        elif kind < 0.75:
            timing = at_due(rng.randint(1, 60) * DAY + rng.randint(0, DAY - 1))
        elif kind < 0.9:
            timing = after(rng.randint(0, DAY))
        else:
            timing = after(rng.randint(DAY, 20 * DAY))
        steps.append((timing, rating))
    history(f"random {i}", steps, s=settings(w=w, retention=retention, learning=learning,
                                             relearning=relearning, max_ivl=max_ivl))


def run(h):
    scheduler = scheduler_for(h["settings"])
    init = h["initial"]
    if init is None:
        card = Card(card_id=h["card_id"], due=h["start"])
    else:
        card = Card(card_id=h["card_id"], state=State(init["state"]), step=init["step"],
                    stability=init["stability"], difficulty=init["difficulty"],
                    due=init["due"], last_review=init["last_review"])
    initial = card_dict(card)
    previous = h["start"]
    reviews = []
    for (kind, seconds), rating in h["steps"]:
        base = card.due if kind == "due" else previous
        when = base + timedelta(seconds=seconds)
        if when < previous:  # an early review never goes back in time before the previous one
            when = previous
        r_before = scheduler.get_card_retrievability(card, when)
        card, _ = scheduler.review_card(card, Rating(rating), when)
        previous = when
        reviews.append({
            "rating": rating,
            "review_datetime": iso(when),
            "retrievability_before": r_before,
            "card": card_dict(card),
        })
    return {
        "name": h["name"],
        "card_id": h["card_id"],
        "settings": h["settings"],
        "initial": initial,
        "reviews": reviews,
    }


def main():
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("fsrs-reference.json")
    histories = [run(h) for h in HISTORIES]
    doc = {
        "generator": "generate.py with py-fsrs 6.3.2, enable_fuzzing=False",
        "history_count": len(histories),
        "review_count": sum(len(h["reviews"]) for h in histories),
        "histories": histories,
    }
    out.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n")
    print(f"{doc['history_count']} histories, {doc['review_count']} reviews -> {out}")


if __name__ == "__main__":
    main()
