"""Time expressions, resolved against the publication date and kept as partial dates.

"since last September", "avant 2026", "entre août et décembre de l'année dernière", "Wednesday",
"ces dernières semaines": each becomes a `Period` with a start and/or an end whose length is its
granularity (2023, 2023-08, 2023-08-26). Words come from `data/lexicon/times.yaml`; the text is
read lower-cased with typography folded (see `extractors.nlp.fold`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from extractors.lexicon import function_words, lexicon


@dataclass(frozen=True)
class Reference:
    """The publication date, as precise as the article gives it."""

    year: int
    month: int | None = None
    day: int | None = None

    @staticmethod
    def parse(published: str | None) -> Reference | None:
        if not published:
            return None
        parts = [int(p) for p in published.split("-")]
        return Reference(*parts)

    def partial(self) -> str:
        return partial(self.year, self.month, self.day)

    def middle(self) -> date:
        return date(self.year, self.month or 7, self.day or (15 if self.month else 1))


@dataclass(frozen=True)
class Period:
    """A resolved time expression: its interval, where it stands in the sentence, and its role."""

    start: str | None
    end: str | None
    char_start: int
    char_end: int
    role: str = "point"  # point, start, end, interval
    form: str = ""  # the form of date it was read as (`_forms`), or "event", "already"
    ahead: str | None = None  # a month named with no year, read as the next one rather than the last: "in June"
    # of a delivery still to come, told in May, is next month (`ahead_of`)


def partial(year: int, month: int | None = None, day: int | None = None) -> str:
    return f"{year:04d}" + (f"-{month:02d}" if month else "") + (f"-{day:02d}" if month and day else "")


def month_shift(year: int, month: int, shift: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + shift
    return index // 12, index % 12 + 1


def step(value: str, direction: int) -> str:
    """The period just before (-1) or after (+1) a partial date, at its granularity."""
    if len(value) == 4:
        return f"{int(value) + direction:04d}"
    if len(value) == 7:
        return partial(*month_shift(int(value[:4]), int(value[5:7]), direction))
    return (date.fromisoformat(value) + timedelta(days=direction)).isoformat()


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: len(str(w)), reverse=True))


@cache
def _vocabulary() -> dict[str, dict[str, int]]:
    data = lexicon("times")
    return {
        "months": {w: int(n) for n, ws in data["months"].items() for w in ws},
        "weekdays": {w: int(n) for n, ws in data["weekdays"].items() for w in ws},
    }


@cache
def _forms() -> list[tuple[str, re.Pattern[str]]]:
    """Date forms, most specific first; each is a regex with named groups."""
    data = lexicon("times")
    month = rf"(?P<month>{_alternation(list(_vocabulary()['months']))})\.?"
    weekday = rf"(?P<weekday>{_alternation(list(_vocabulary()['weekdays']))})"
    on_weekday = rf"(?:{weekday},?\s+(?:the\s+)?)?"  # "mardi 4 mai 2021", "Tuesday, May 4": one date
    past, within, coming = _alternation(data["past"]), _alternation(data["within_month"]), _alternation(data["next"])
    day, year = r"(?P<day>[0-3]?\d)(?:er|st|nd|rd|th)?", r"(?P<year>19[5-9]\d|20[0-4]\d)"
    first_day = r"(?P<first_day>[0-3]?\d)(?:er|st|nd|rd|th)?"
    through = r"(?:and|et|to|au|à|through|-|–)\s*(?:(?:le|the)\s+)?"
    number = rf"(?P<count>\d+|{_alternation(list(data['numbers']))})"
    unit = rf"(?P<unit>{_alternation(list(data['units']))})"
    count_before, count_after = _alternation(data["count_before"]), _alternation(data["count_after"])
    forms = {
        "days_month": rf"{first_day}\s*{through}{day}\s+{month}(?:\s+{year})?",  # "les 20 et 21 mai"
        "month_days": rf"{month}\s+{first_day}\s*{through}{day}(?![\d,.]*\d)(?:,?\s+{year})?",  # "May 20-21"
        "day_month_year": rf"{on_weekday}{day}\s+{month}\s+{year}",
        "month_day_year": rf"{on_weekday}{month}\s+{day},?\s+{year}",
        "month_year": rf"(?:(?:{within})[\s-]+)?{month}\s+(?:de\s+l'année\s+|of\s+)?{year}",
        "last_month_name": rf"(?:{past})\s+{month}(?![\s\d]*\d)",
        "next_month_name": rf"(?:{coming})\s+{month}(?![\s\d]*\d)",
        "day_month": rf"{on_weekday}{day}\s+{month}(?!\s*\d)",
        "month_day": rf"{on_weekday}{month}\s+{day}(?![\d,.]*\d)",
        "month": rf"(?:(?:{within})[\s-]+)?{month}(?:\s+(?P<past>{past})|\s+(?P<next>{coming}))?"
        rf"(?:\s+(?P<previous>{_alternation(data['previous_year'])}))?",
        "weekday": rf"(?:(?P<last>{past})\s+)?{weekday}(?:\s+(?P<pastw>{past}))?",
        "decade": r"années\s+(?P<decade>19[5-9]0|20[0-4]0|[5-9]0)|(?P<decade_s>19[5-9]0|20[0-4]0)'?s",
        "ago": rf"(?:(?P<ago>{_alternation(data['ago_before'])})\s+)?{number}\s+{unit}"
        rf"(?:\s+(?P<ago_after>{_alternation(data['ago_after'])}))?",
        "count": rf"(?:(?:the|ces|these|les|des|those)\s+)?(?:(?P<before>{count_before})\s+)?{number}\s+"
        rf"(?:(?P<after1>{count_after})\s+)?{unit}(?:\s+(?P<after2>{count_after}))?",
        "season": rf"(?:(?P<seasonlast>{past})\s+|(?P<seasonnext>{coming})\s+|"
        rf"(?:the|this|in|over|during|l'|le|ce|cet|en|au|du|à l'|pendant l'|durant l')\s*)"
        rf"(?P<season>{_alternation(list(data['seasons']))})"
        rf"(?:\s+(?:de\s+|of\s+)?(?P<seasonyear>19[5-9]\d|20[0-4]\d)|\s+(?P<seasonpast>{past})"
        rf"|\s+(?P<seasonnext2>{coming}))?",
        "relative": rf"(?P<relative>{_alternation(list(data['relative']))})",
        "so_far": rf"(?P<so_far>{_alternation(data['so_far'])})",
        "year": rf"(?:(?:{within})[\s-]*)?{year}",  # "2023", "mid-2023", "à la mi-2023"
    }
    return [(name, re.compile(rf"(?<![\w-]){pattern}(?![\w])")) for name, pattern in forms.items()]


# The forms that cannot match without a month's (or a weekday's) name standing as a word: in all of
# them the name is required, with a space, a hyphen or the start before it and no letter after it.
NAMED_MONTH_FORMS = {"day_month_year", "month_day_year", "month_year", "last_month_name", "day_month", "month_day"}
NAMED_MONTH_FORMS |= {"month", "days_month", "month_days", "next_month_name"}
DIGIT_FORMS = {"year", "decade"}  # "2023", "the 1990s": digits required
COUNTED_FORMS = {"count", "ago"}  # "the past two years", "three months ago": a unit of time required as a word


@cache
def _cues_needed() -> dict[str, re.Pattern[str]]:
    """For each form that needs one, what a sentence must have for it to match (a month's, a weekday's or
    a season's name, a unit of time as a word, a digit): most sentences have none, and are not searched
    for the form at all."""
    month = re.compile(rf"(?<!\w)(?:{_alternation(list(_vocabulary()['months']))})\.?(?!\w)")
    weekday = re.compile(rf"(?<!\w)(?:{_alternation(list(_vocabulary()['weekdays']))})(?!\w)")
    digit = re.compile(r"\d")
    unit = re.compile(rf"(?<!\w)(?:{_alternation(list(lexicon('times')['units']))})(?!\w)")
    season = re.compile(rf"(?:{_alternation(list(lexicon('times')['seasons']))})(?!\w)")
    return (
        {form: month for form in NAMED_MONTH_FORMS}
        | {"weekday": weekday, "season": season}
        | {form: digit for form in DIGIT_FORMS}
        | {form: unit for form in COUNTED_FORMS}
    )


AMBIGUOUS_MONTHS = {
    "may",
    "march",
    "mar",
    "jan",
    "dec",
    "oct",
    "aug",
    "sep",
    "sept",
    "jun",
    "jul",
    "apr",
    "nov",
    "feb",
    "fev",
    "fév",
    "déc",
    "avr",
    "janv",
    "juil",
    "févr",
}
_PRECEDING = re.compile(
    r"(?:in|en|since|depuis|until|before|after|of|last|early|late|mid|fin|début|from|"
    r"between|entre|and|et|to|au|à|de|d'|by|dès|avant|après|jusqu'en|jusqu'à|mi|la mi)"
    r"[\s-]+$"
)


def _month_ok(text: str, match: re.Match[str], form: str) -> bool:
    word = (match.groupdict().get("month") or "").lower()
    if form not in ("month", "last_month_name") or word not in AMBIGUOUS_MONTHS:
        return True
    at = match.start("month")  # the words right before the month, past "end of" ("at the end of March")
    return bool(word in {"may", "march"} and _PRECEDING.search(text[max(0, at - 12) : at]))


def _resolve(form: str, groups: dict[str, str | None], ref: Reference | None) -> tuple[str | None, str | None]:
    """(start, end) of one date expression; None, None when it cannot be resolved."""
    vocabulary = _vocabulary()
    month = vocabulary["months"].get((groups.get("month") or "").lower().rstrip("."))
    year = int(groups["year"] or 0) if groups.get("year") else None
    day = int(groups["day"] or 0) if groups.get("day") else None
    if day is not None and not 1 <= day <= 31:
        return None, None
    if form in ("days_month", "month_days"):
        first = int(groups["first_day"] or 0)
        if day is None or not 1 <= first < day or month is None or (year is None and ref is None):
            return None, None
        year = year if year is not None else _year_of_month(month, ref, False, False) if ref else None
        return partial(year or 0, month, first), partial(year or 0, month, day)
    if form == "decade":
        decade = int(groups.get("decade") or groups.get("decade_s") or 0)
        decade += 1900 if decade < 100 else 0
        return f"{decade:04d}", f"{decade + 9:04d}"
    if year is not None:
        value = partial(year, month, day)
        return value, value
    if form == "season":
        return _season(groups, ref)
    if form == "relative":
        return _relative(lexicon("times")["relative"][(groups["relative"] or "").lower()], ref)
    if ref is None:
        return None, None
    if form == "so_far":
        return None, ref.partial()
    if form == "count":
        if not (groups.get("before") or groups.get("after1") or groups.get("after2")):
            return None, None  # "a loan over 10 years", "in 3 weeks": a length, not the last weeks
        return _count(_number(groups["count"] or ""), groups["unit"] or "", ref)
    if form == "ago":
        if not (groups.get("ago") or groups.get("ago_after")):
            return None, None
        return _ago(_number(groups["count"] or ""), groups["unit"] or "", ref)
    if form == "weekday":
        return _weekday(vocabulary["weekdays"][(groups["weekday"] or "").lower()], ref)
    if month is not None:
        past = bool(groups.get("past") or form == "last_month_name")
        year = _year_of_month(month, ref, past, bool(groups.get("previous")))
        if groups.get("next") or form == "next_month_name":  # "next March", "en mars prochain"
            year = ref.year if ref.month is not None and month > ref.month else ref.year + 1
        value = partial(year, month, day)
        return value, value
    return None, None


def _season(groups: dict[str, str | None], ref: Reference | None) -> tuple[str | None, str | None]:
    """ "over the summer" (published in November 2024): 2024-06 to 2024-08; "l'hiver dernier": the winter
    before; "au printemps 2024": that spring."""
    first, last = lexicon("times")["seasons"][(groups["season"] or "").lower()]
    if groups.get("seasonyear"):
        year = int(groups["seasonyear"] or 0)
    elif ref is None or ref.month is None:
        return None, None
    else:
        ended = ref.year * 12 + ref.month >= ref.year * 12 + last + (12 if first > last else 0)
        year = ref.year if first <= ref.month or ended else ref.year - 1
        if groups.get("seasonlast") or groups.get("seasonpast"):
            year -= 1 if first <= ref.month <= (last if first <= last else 12) else 0
        if groups.get("seasonnext") or groups.get("seasonnext2"):  # "next spring": the first to start after
            year = ref.year if first > ref.month else ref.year + 1
    end_year = year + 1 if first > last else year
    return partial(year, first), partial(end_year, last)


def _ahead(form: str, groups: dict[str, str | None], ref: Reference | None) -> str | None:
    """A month (and day) named with no year, as the first such one at or after publication."""
    month = _vocabulary()["months"].get((groups.get("month") or "").lower().rstrip("."))
    told = any(groups.get(k) for k in ("year", "past", "previous", "next"))
    if form not in YEARLESS_FORMS or month is None or told or ref is None or ref.month is None:
        return None
    day = int(groups["day"] or 0) if groups.get("day") else None
    return partial(ref.year if month >= ref.month else ref.year + 1, month, day)


def _year_of_month(month: int, ref: Reference, past: bool, previous_year: bool) -> int:
    if previous_year:
        return ref.year - 1
    if ref.month is None:
        return ref.year
    return ref.year - 1 if month > ref.month or (past and month >= ref.month) else ref.year


def _relative(spec: list, ref: Reference | None) -> tuple[str | None, str | None]:
    if ref is None:
        return None, None
    unit, offset = spec[0], int(spec[1])
    if unit == "year":
        value = f"{ref.year + offset:04d}"
        return value, f"{ref.year + int(spec[2]):04d}" if len(spec) > 2 else value
    if unit == "day" and ref.day:
        value = (ref.middle() + timedelta(days=offset)).isoformat()
        return value, value
    if ref.month is None:
        return ref.partial(), ref.partial()
    shift = offset if unit == "month" else (-1 if offset < 0 and (ref.day or 15) <= 7 else 0)
    start = partial(*month_shift(ref.year, ref.month, shift))
    end = partial(*month_shift(ref.year, ref.month, int(spec[2]))) if len(spec) > 2 else start
    return start, end


def _number(text: str) -> int:
    return int(text) if text.isdigit() else int(lexicon("times")["numbers"].get(text.lower(), 0))


def _days(unit: str) -> int:
    return int(lexicon("times")["units"][unit.lower()])


def _count(count: int, unit: str, ref: Reference) -> tuple[str | None, str | None]:
    """ "the past 3 weeks", "au cours des deux dernières années": from that long before publication to it."""
    if count <= 0:
        return None, None
    since = ref.middle() - timedelta(days=count * _days(unit))
    return partial(since.year, since.month), ref.partial() if ref.month else partial(since.year)


def _ago(count: int, unit: str, ref: Reference) -> tuple[str | None, str | None]:
    """ "two years ago", "il y a trois mois": that long before publication, as a year for years, else as
    the month it falls in."""
    if count <= 0:
        return None, None
    days = count * _days(unit)
    if days >= 365:
        value = f"{ref.year - days // 365:04d}"
        return value, value
    if ref.month is None:
        return None, None
    then = ref.middle() - timedelta(days=days)
    value = partial(then.year, then.month)
    return value, value


def _weekday(weekday: int, ref: Reference) -> tuple[str, str]:
    if ref.day is None:
        return ref.partial(), ref.partial()
    published = date(ref.year, ref.month or 1, ref.day)
    value = (published - timedelta(days=(published.weekday() - weekday) % 7)).isoformat()
    return value, value


@cache
def _event_pattern() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    """The pattern of the events' phrases after a word of time, their days, and which phrases are a war's
    words that do not say which war."""
    times = lexicon("times")
    days = {str(phrase): str(day) for day, phrases in times["events"].items() for phrase in phrases}
    loose = {str(p): str(day) for day, war in times["war_events"].items() for p in war["phrases"]}
    pattern = re.compile(
        r"(?<![\w'])(?P<marker>before|since|after|until|prior to|during|throughout|avant|depuis|après|jusqu'à|"
        r"pendant|durant|dans)\s+"
        r"(?:(?:the|la|le|l')\s*)?(?:(?:start|beginning) of\s+(?:the\s+)?|début de\s+(?:la\s+|l')?)?"
        rf"(?P<event>{_alternation(list(days | loose))})(?![\w])"
    )
    return pattern, days | loose, frozenset(loose)


def stands_in(period: Period, states: set[str]) -> bool:
    """Whether a period stands in a sentence naming these states: a war's loose words ("since the war began")
    only where one of its parties is named."""
    if period.form != "war":
        return True
    war = lexicon("times")["war_events"][period.start or period.end]
    return bool(states & {str(p) for p in war["parties"]})


WAR_PLACE = re.compile(r"\s+(?:in|en|au|aux|à|of|de|du|d')\b")  # "the war in Gaza": another war


def find_events(text: str, taken: set[int]) -> list[Period]:
    """ "avant la guerre en Ukraine", "since the invasion": a start or an end on the event's day."""
    pattern, days, loose = _event_pattern()
    found = []
    for match in pattern.finditer(text):
        event = match.group("event")
        if event in loose and WAR_PLACE.match(text, match.end()):
            continue
        day = days[event]
        before = match.group("marker") in function_words("before_markers")
        found.append(
            Period(
                None if before else day,
                day if before else None,
                match.start(),
                match.end(),
                "end" if before else "start",
                "war" if event in loose else "",
            )
        )
        taken |= set(range(match.start(), match.end()))
    return found


RELATIVE_FORMS = {"count", "ago", "relative"}  # "the past two years", "two years ago", "last month"


def reanchored(period: Period, text: str, ref: Reference) -> Period:
    """A period relative to the time it is told at (`RELATIVE_FORMS`) resolved against another time than
    publication: "s'est plaint en septembre 2022 que ... au cours des deux dernières années" is the two
    years before September 2022. `text` is the sentence the period was read in."""
    pattern = dict(_forms()).get(period.form)
    match = pattern.match(text.lower(), period.char_start) if pattern is not None else None
    if match is None or match.end() != period.char_end:
        return period
    start, end = _resolve(period.form, match.groupdict(), ref)
    if start is None and end is None:
        return period
    return replace(period, start=start if period.start else None, end=end if period.end else None)


def find_dates(text: str, ref: Reference | None, not_years: Collection[tuple[int, int]] = ()) -> list[Period]:
    """Every date expression of a (lower-cased, folded) sentence, not overlapping, in order; a bare year
    is not read at the places of `not_years` (character spans of numbers that name or count: see
    `extractors.qualifiers.designations`)."""
    taken: set[int] = set()
    found: list[Period] = find_events(text, taken)
    cued: dict[re.Pattern[str], bool] = {}  # whether the sentence has a month's name, a digit ...
    for form, pattern in _forms():
        needed = _cues_needed().get(form)
        if needed is not None and needed not in cued:
            cued[needed] = needed.search(text) is not None
        if needed is not None and not cued[needed]:
            continue
        for match in pattern.finditer(text):
            span = set(range(match.start(), match.end()))
            if span & taken or not _month_ok(text, match, form):
                continue
            if form == "year" and any(a < match.end() and match.start() < b for a, b in not_years):
                continue
            if _gap_before(text, match.start()):
                taken |= span
                continue
            start, end = _resolve(form, match.groupdict(), ref)
            if start is None and end is None:
                continue
            role = "end" if form == "so_far" else ("interval" if start != end else "point")
            ahead = _ahead(form, match.groupdict(), ref)
            found.append(Period(start, end, match.start(), match.end(), role, form, ahead if ahead != start else None))
            taken |= span
    return sorted(found, key=lambda p: p.char_start)


@cache
def _first_time() -> re.Pattern[str]:
    words = _alternation(lexicon("times")["first_time"])
    return re.compile(rf"(?<![\w'])(?:{words})\s+(?:(?:since|in|depuis|en)\s+)?$")


def _gap_before(text: str, start: int) -> bool:
    """ "the first time since 2021", "la première fois depuis deux ans": how long it had not happened, not
    when it happened."""
    return _first_time().search(text[max(0, start - 40) : start]) is not None


@cache
def _marker_patterns() -> dict[str, re.Pattern[str]]:
    markers = lexicon("times")["markers"]
    lead = r"(?:(?:on|in|en|le|la|l'|the|early|late|mid|fin|début|la mi|mi|mois de|mois d'|month of)[\s-]*){0,2}"
    patterns = {
        name: re.compile(
            rf"(?<![\w'])(?:{_alternation(words)})(?:\s+|(?<=')){lead}$"
        )  # "d'août": no space after an apostrophe
        for name, words in markers.items()
        if name != "and"
    }
    patterns["and"] = re.compile(rf"^\s*(?:{_alternation(markers['and'])})\s+{lead}$")
    return patterns


def read_periods(text: str, ref: Reference | None, not_years: Collection[tuple[int, int]] = ()) -> list[Period]:
    """Date expressions with the interval words around them applied: since, before, between ... and."""
    text = text.lower()
    dates = find_dates(text, ref, not_years)
    markers = _marker_patterns()
    periods: list[Period] = []
    index = 0
    while index < len(dates):
        current = dates[index]
        before = text[max(0, current.char_start - 90) : current.char_start]
        following = dates[index + 1] if index + 1 < len(dates) else None
        joined = following and markers["and"].match(text[current.char_end : following.char_start])
        if following and joined and (markers["between"].search(before) or markers["start"].search(before)):
            start, end = _in_order(current, following)
            periods.append(Period(start, end, current.char_start, following.char_end, "interval"))
            index += 2
            continue
        periods.append(_with_marker(current, before, markers, text))
        index += 1
    periods = [p for p in _join_open_ends(periods, text) if not _dateline(p, text)]
    periods = _with_later_days(periods, text)
    if ref is not None:  # "already": by the time of publication (see `extractors.qualifiers.flow`)
        end = ref.partial()
        periods += [Period(None, end, m.start(), m.end(), ALREADY, ALREADY) for m in _already().finditer(text)]
        month = partial(ref.year, ref.month)  # "vient de recevoir": this month, up to publication
        periods += [Period(month, end, m.start(), m.end(), "interval", RECENT) for m in _recent().finditer(text)]
        periods += [Period(month, None, m.start(), m.end(), NOW, NOW) for m in _now().finditer(text)]
        periods.sort(key=lambda p: p.char_start)
    return periods


DATELINE_PLACE = re.compile(r"^\s*[^\W\d][\w .'’-]{0,40},\s*$")  # "Vientiane, ", "KYIV, "
DATELINE_END = re.compile(r"^\s*(?:\([^)]{1,30}\)\s*)?[-–—]")  # " - ", " (AFP) -"


def _dateline(period: Period, text: str) -> bool:
    """ "Vientiane, May 9 - ...", "Paris, 9 mai (AFP) - ...": when the story was filed, not when what it
    tells happened."""
    before, after = text[: period.char_start], text[period.char_end :]
    return bool(DATELINE_PLACE.match(before) and DATELINE_END.match(after))


@cache
def _later() -> re.Pattern[str]:
    times = lexicon("times")
    numbers = _alternation([str(n) for n in times["numbers"]])
    units = _alternation([u for u, days in times["units"].items() if int(days) <= 7])
    later = _alternation(times["later_after"])
    return re.compile(rf"(?<![\w'])(?P<count>\d+|{numbers})\s+(?P<unit>{units})\s+(?:{later})(?![\w])")


def _with_later_days(periods: list[Period], text: str) -> list[Period]:
    """ "sailed on March 3 and called at Rajin two days later": that many days after the day named before."""
    found = list(periods)
    for match in _later().finditer(text):
        before = [p for p in periods if p.char_end <= match.start() and p.start and len(p.start) == 10]
        if not before or not (count := _number(match.group("count"))):
            continue
        day = date.fromisoformat(before[-1].start) + timedelta(days=count * _days(match.group("unit")))  # type: ignore[arg-type]
        found.append(Period(day.isoformat(), day.isoformat(), match.start(), match.end(), "point", "later"))
    return sorted(found, key=lambda p: p.char_start)


ALREADY = "already"
RECENT = "recent"
NOW = "now"
NOT_DATES = frozenset({ALREADY, NOW})  # words that place a claim against the publication, not dates
YEARLESS_FORMS = {"month", "day_month", "month_day"}  # the year is guessed from the publication date


def _in_order(first: Period, last: Period) -> tuple[str | None, str | None]:
    """An interval's ends, the guessed year of one moved so that it does not end before it starts:
    "between March and June" (published in May 2024) is 2024-03 to 2024-06; "between March and June
    2022", 2022-03 to 2022-06."""
    start, end = first.start, last.end
    if not start or not end or start[:7] <= end[:7]:
        return start, end
    if first.form in YEARLESS_FORMS:
        year = int(end[:4]) - (start[4:7] > end[4:7])
        return f"{year:04d}{start[4:]}", end
    if last.form in YEARLESS_FORMS:
        year = int(start[:4]) + (end[4:7] < start[4:7])
        return start, f"{year:04d}{end[4:]}"
    return start, end


@cache
def _recent() -> re.Pattern[str]:
    """ "vient de", "vient d'", "has just": the words, then the space or apostrophe after them."""
    return re.compile(rf"(?<![\w'])(?:{_alternation(lexicon('times')['recent'])})(?=[\s'])")


@cache
def _already() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_alternation(lexicon('times')['already'])})(?![\w])")


@cache
def _now() -> re.Pattern[str]:
    return re.compile(rf"(?<![\w'])(?:{_alternation(lexicon('times')['now'])})(?![\w'-])")


_STOPPING = re.compile(r"(?<!\w)(?:cess\w*|arrêt\w*|stopp\w*|halt\w*|ended|ending|until|suspend\w*)\b")


def _join_open_ends(periods: list[Period], text: str) -> list[Period]:
    """ "depuis fin août jusqu'à ce jour": a start followed closely by an end is one interval; so is a
    start followed by the date the flow stopped ("depuis août 2023 ... avant de cesser ... le 20 décembre")."""
    joined: list[Period] = []
    for period in periods:
        last = joined[-1] if joined else None
        between = text[last.char_end : period.char_start] if last else ""
        close_end = period.role == "end" and len(between) <= 12 and "," not in between
        stopped = period.role == "point" and _STOPPING.search(text[max(0, period.char_start - 40) : period.char_start])
        if last and last.role == "start" and (close_end or stopped):
            joined[-1] = Period(last.start, period.end, last.char_start, period.char_end, "interval")
        else:
            joined.append(period)
    return joined


_SINCE_CLAUSE = re.compile(
    r"(?<!\w)(?:since|depuis)\s+(?:[\w'-]+\s+){1,8}(?:in|en|of|de)\s+(?:(?:early|late|mid|fin|début)[\s-]+)?$"
)


RANGE_FORMS = {"days_month", "month_days"}  # "from 3 to 7 June": both ends given


_END_OF = re.compile(r"(?:the\s+)?end\s+of|(?:la\s+)?fin\s+d")


DEADLINE_FORMS = {"year", "month_year", "month", "day_month_year", "month_day_year", "season"}  # "by 2026", "by March"


def _with_marker(period: Period, before: str, markers: dict[str, re.Pattern[str]], text: str) -> Period:
    if period.form in RANGE_FORMS and markers["between"].search(before):
        return period
    if markers["by_end"].search(before) and (
        _END_OF.match(text[period.char_start : period.char_end]) or period.form in DEADLINE_FORMS
    ):
        return replace(period, start=None, role="end")  # "by the end of the year", "by 2026", "d'ici mars"
    if markers["start"].search(before) or _SINCE_CLAUSE.search(before):
        return replace(period, end=None, role="start")
    if markers["before"].search(before) and period.start:
        if _END_OF.match(text[period.char_start : period.char_end]):  # "before the end of the year": that year
            return replace(period, start=None, role="end")
        return replace(period, start=None, end=step(period.start, -1), role="end")
    if markers["end"].search(before):
        return replace(period, start=None, role="end")
    if markers["after"].search(before) and period.end:
        return replace(period, start=step(period.end, 1), end=None, role="start")
    return period
