"""The Reports page kept to one project: on random worlds, every figure, each month's
hours and volunteers, the output sums and the Community figures equal a plain-Python sum
over the activities tagged with the project (the reference is written from the world, never
from the SQL); with no project, the same reference over every activity."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from tests.services.funding.years_world import (
    EPOCH,
    PROJECTS,
    SPAN_DAYS,
    YWorld,
    load,
    reference,
    year_worlds,
)
from volunteer_app.domain.funding.values import ProjectInfo
from volunteer_app.domain.periods import custom_range
from volunteer_app.domain.pulse.tally import CARD_STATEMENTS
from volunteer_app.services.community.report import CommunityReportService
from volunteer_app.services.reports import ReportService
from volunteer_app.storage.database import Database

SETTINGS = settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PLACES = {"Hall": "community_hall", "Chapel": "faith_building", "Park": "not_known"}


@dataclass(frozen=True)
class Extras:
    """What each activity of the world also has, by its index: a place and a pulse."""

    places: tuple[str, ...]  # "" for none
    pulses: tuple[tuple[int, tuple[int, ...], int] | None, ...]  # cards, agrees, all three


@st.composite
def extras(draw: st.DrawFn, count: int) -> Extras:
    places = tuple(draw(st.sampled_from(["", *PLACES])) for _ in range(count))
    pulses = []
    for _ in range(count):
        if not draw(st.booleans()):
            pulses.append(None)
            continue
        cards = draw(st.integers(0, 20))
        agrees = tuple(draw(st.integers(0, cards)) for _ in CARD_STATEMENTS)
        pulses.append((cards, agrees, draw(st.integers(0, min(agrees[:3])))))
    return Extras(places, tuple(pulses))


def load_extras(db: Database, world: YWorld, more: Extras) -> None:
    stamp = "2026-01-01T00:00:00Z"
    with db.transaction() as tx:
        conn = tx.session.connection()
        # The world's activities were written in order, so rowid order is the world's.
        ids = [str(r[0]) for r in conn.execute(text("SELECT id FROM activity ORDER BY rowid"))]
        assert len(ids) == len(world.activities)
        for name, place_type in PLACES.items():
            conn.execute(
                text("INSERT INTO place (name, place_type, updated_at) VALUES (:n, :t, :s)"),
                {"n": name, "t": place_type, "s": stamp},
            )
        for activity_id, place, pulse in zip(ids, more.places, more.pulses, strict=True):
            conn.execute(
                text("UPDATE activity SET location = :p WHERE id = :a"),
                {"p": place, "a": activity_id},
            )
            if pulse is None:
                continue
            cards, agrees, all_three = pulse
            columns = ", ".join(f"{s}_agree" for s in CARD_STATEMENTS)
            marks = ", ".join(f":{s}" for s in CARD_STATEMENTS)
            conn.execute(
                text(
                    f"INSERT INTO activity_pulse (activity_id, cards, {columns}, all_three,"
                    f" updated_at) VALUES (:a, :cards, {marks}, :all_three, :s)"
                ),
                {
                    "a": activity_id,
                    "cards": cards,
                    "all_three": all_three,
                    "s": stamp,
                    **dict(zip(CARD_STATEMENTS, agrees, strict=True)),
                },
            )


@contextmanager
def opened(
    world: YWorld, more: Extras
) -> Iterator[tuple[Database, dict[str, str], dict[str, str]]]:
    with tempfile.TemporaryDirectory() as folder:
        db = Database.open(Path(folder) / "db.sqlite3", Path(folder) / "b")
        try:
            projects, outputs, _people = load(db, world)
            load_extras(db, world, more)
            yield db, projects, outputs
        finally:
            db.close()


def worlds_with_extras() -> st.SearchStrategy[tuple[YWorld, Extras]]:
    return year_worlds().flatmap(lambda w: st.tuples(st.just(w), extras(len(w.activities))))


spans = st.tuples(st.integers(0, SPAN_DAYS), st.integers(0, 500))


def _month_ranges(start: date, end: date) -> list[tuple[date, date]]:
    ranges, first = [], start.replace(day=1)
    while first <= end:
        following = (first + timedelta(days=32)).replace(day=1)
        ranges.append((max(first, start), min(following - timedelta(days=1), end)))
        first = following
    return ranges


@SETTINGS
@given(drawn=worlds_with_extras(), span=spans, project=st.sampled_from([None, *PROJECTS]))
def test_figures_equal_the_sum_over_tagged_activities(
    drawn: tuple[YWorld, Extras], span: tuple[int, int], project: str | None
) -> None:
    world, more = drawn
    start = EPOCH + timedelta(days=span[0])
    end = start + timedelta(days=span[1])
    with opened(world, more) as (db, project_ids, output_ids):
        info = (
            ProjectInfo(project_ids[project], project, "", date(2020, 1, 1), None)
            if project
            else None
        )
        report = ReportService(db).report(custom_range(start, end), info)
        ref = reference(world, start, end, project)
        figures = report.figures
        assert report.project == info
        assert figures.activities == ref.activities
        assert figures.unnamed_volunteers == ref.unnamed
        assert figures.volunteer_minutes == ref.minutes
        assert figures.participants == ref.participants
        assert figures.distinct_volunteers == len(ref.volunteers)
        assert figures.new_volunteers == ref.new
        sums = {output.name: amount for output, amount in report.outputs}
        assert sums == {name: ref.outputs.get(name, 0) for name in output_ids}
        for index, (first, last) in enumerate(_month_ranges(start, end)):
            month = reference(world, first, last, project)
            hours = sum(by_type[index] for by_type in report.monthly.minutes_by_type.values())
            assert hours == month.minutes
            assert report.monthly.volunteers[index] == len(month.volunteers)
        community = CommunityReportService(db).report(
            custom_range(start, end), info.id if info else None
        )
        _check_community(world, more, start, end, project, community)


def _check_community(  # type: ignore[no-untyped-def]
    world: YWorld, more: Extras, start: date, end: date, project: str | None, community
) -> None:
    chosen = [
        i
        for i, a in enumerate(world.activities)
        if not a.deleted and start <= a.when <= end and (project is None or project in a.projects)
    ]
    pulses = [more.pulses[i] for i in chosen if more.pulses[i] is not None]
    cards = sum(p[0] for p in pulses if p is not None)
    assert community.cards == cards
    agreed = {s.code: s.agreed for s in community.statements}
    for index, statement in enumerate(CARD_STATEMENTS):
        assert agreed[statement] == sum(p[1][index] for p in pulses if p is not None)
    assert agreed["sense_of_community"] == sum(p[2] for p in pulses if p is not None)
    by_type: dict[str, tuple[int, int]] = {}
    for i in chosen:
        place_type = PLACES.get(more.places[i], "not_known")
        a = world.activities[i]
        held, people = by_type.get(place_type, (0, 0))
        named = sum(role == "participant" for _, role, _ in a.people)
        by_type[place_type] = (held + 1, people + a.participants_count + named)
    shown = {
        p.place_type.value: (p.activities, p.participants)
        for p in community.places
        if p.activities or p.participants
    }
    assert shown == {k: v for k, v in by_type.items() if v != (0, 0)}
