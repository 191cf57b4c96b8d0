/// The lessons `.tutorial` runs, in order, on whatever corpus is loaded (the embedded seeds by default).
/// Answers are queries, run when an attempt is judged, so the lessons follow the corpus rather than fixed numbers.
public enum LessonCatalog {
    public static let lessons: [Lesson] = [
        Lesson(id: "find-documents", title: "List records of a kind",
               explanation: """
                   A kind's name alone lists its records. The kinds are documents, claims, places, actors, people,
                   figures and conflicts; `.schema documents` shows a kind's fields.
                   """,
               task: "list every document.",
               answer: "documents",
               hints: ["a query can be a single word", "the kind is `documents`"],
               check: .sameRecords),
        Lesson(id: "find-place", title: "Claims about a place",
               explanation: """
                   `where` keeps the records a condition holds for. Place names match through every known spelling and a
                   transliteration key, ignoring case: "Raqqa", "Raqqah", "ar-Raqqah" and "al-Raqqa" are one city.
                   """,
               task: "find the claims about Raqqa (spell it any way you like).",
               answer: "claims where place = \"Raqqa\"",
               hints: ["start with `claims where`", "the field is `place`, and text values go in double quotes"],
               check: .sameRecords),
        Lesson(id: "filter-place-year", title: "Two conditions with and",
               explanation: """
                   `and` joins conditions that must all hold. `year` is a claim's main year (a number, no quotes).
                   Mosul is also written Al Mawsil or Mossoul: any spelling finds the same place.
                   """,
               task: "find the claims about Mosul whose year is 2014 (the year ISIS took it).",
               answer: "claims where place = \"Mosul\" and year = 2014",
               hints: ["two conditions: one on `place`, one on `year`", "join them with `and`"],
               check: .sameRecords),
        Lesson(id: "multi-valued", title: "Multi-valued fields",
               explanation: """
                   Some fields hold several values: `places`, `actors`, `people`, `years`, `figures`. A condition on one
                   matches when ANY value matches. `years` lists every year a claim is about, `year` only the main one.
                   """,
               task: "find the claims about 2014 in any way, not only as their main year.",
               answer: "claims where years = 2014",
               hints: ["`year` holds one year; which field holds all of them?", "the field is `years`"],
               check: .sameRecords),
        Lesson(id: "combine", title: "or, in and not",
               explanation: """
                   `or` keeps records matching either side; `in ("a", "b")` is a short way to write several `or`s on one
                   field; `not` negates a condition. `and` binds tighter than `or`, so use parentheses when mixing them.
                   `.schema claims` lists the words `type` can take.
                   """,
               task: "find the claims of type capture or liberation whose year is 2017.",
               answer: "claims where type in (\"capture\", \"liberation\") and year = 2017",
               hints: ["`type in (\"capture\", \"liberation\")` covers both types",
                       "with `or`, put parentheses around it before adding `and year = 2017`"],
               check: .sameRecords),
        Lesson(id: "count", title: "Counting",
               explanation: """
                   `count KIND where …` gives just the number of matching records.
                   """,
               task: "how many claims name Mosul?",
               answer: "count claims where place = \"Mosul\"",
               hints: ["start with `count claims`", "add `where place = \"Mosul\"`"],
               check: .sameCount),
        Lesson(id: "group", title: "Grouping",
               explanation: """
                   `group by FIELD` (or `count KIND by FIELD`) gives one row per value with its count, most frequent first.
                   A record counts once under each value of a multi-valued field.
                   """,
               task: "how many claims are there of each type?",
               answer: "count claims by type",
               hints: ["group the claims by their `type`", "`claims group by type` or `count claims by type`"],
               check: .sameGroups),
        Lesson(id: "order", title: "Ordering and limits",
               explanation: """
                   `order by FIELD desc` sorts, largest first (ascending without `desc`); `limit N` keeps the first N.
                   Places have a `claims` field: how many claims name them.
                   """,
               task: "list the five places named by the most claims, most first.",
               answer: "places order by claims desc limit 5",
               hints: ["the kind is `places`, sorted by their `claims` field", "`order by claims desc` then `limit 5`"],
               check: .sameRecordsInOrder),
        Lesson(id: "explain", title: "How a query runs",
               explanation: """
                   `.explain QUERY` shows the tokens, the syntax tree and the plan: each condition is served by an `index`
                   (a ready list of matching records) or a `scan` (testing every row), with rows in and out.
                   """,
               task: "run `.explain` on a query whose plan uses an index (an equality on a place, a year or a type does).",
               answer: ".explain claims where place = \"Raqqa\" and year = 2017",
               hints: ["type `.explain` followed by a query with `where`", "try `.explain claims where year = 2017`"],
               check: .explainWithIndexStep),
        Lesson(id: "sources", title: "Who says so",
               explanation: """
                   Every claim has a `source`: "author" when the article asserts it itself, otherwise the outlet, agency
                   or speaker it reports. `!=` keeps the records where no value equals the one given.
                   """,
               task: "find the claims whose source is not the author.",
               answer: "claims where source != \"author\"",
               hints: ["the field is `source`", "`source != \"author\"`"],
               check: .sameRecords),
        Lesson(id: "modality", title: "How sure is it",
               explanation: """
                   `modality` says how a claim is put: asserted, reported, hedged ("may", "reportedly"), conditional,
                   predicted or opinion. Hedged and predicted claims deserve a second source.
                   """,
               task: "find the hedged claims.",
               answer: "claims where modality = \"hedged\"",
               hints: ["the field is `modality`", "`modality = \"hedged\"`"],
               check: .sameRecords),
        Lesson(id: "conflicts", title: "Where sources disagree",
               explanation: """
                   The `conflicts` kind pairs claims that give different figures or dates for the same thing, with the gap
                   between them. A small corpus may have none; an empty answer then counts too.
                   """,
               task: "list the conflicts.",
               answer: "conflicts",
               hints: ["the kind is `conflicts`"],
               check: .sameRecords),
        Lesson(id: "support", title: "Who else says so",
               explanation: """
                   A claim's `support` counts the OTHER documents that make a matching claim (same event, place and
                   time); `supported_by` lists those claims. A claim no one else makes has support 0: true or not,
                   it rests on one source.
                   """,
               task: "find the claims that at least two other documents back up.",
               answer: "claims where support >= 2",
               hints: ["the field is `support`, a whole number", "`support >= 2`"],
               check: .sameRecords),
        Lesson(id: "timeline", title: "Events in date order",
               explanation: """
                   `timeline where …` draws the matching claims as events in date order, each at the precision its
                   text gives (2017, 2017-10, 2017-10-17), with the document and claim id; claims with no date of
                   their own are listed apart, under `undated`.
                   """,
               task: "draw the timeline of the claims about Raqqa.",
               answer: "timeline where place = \"Raqqa\"",
               hints: ["a timeline statement starts with the word `timeline`", "`timeline where place = \"Raqqa\"`"],
               check: .sameTimeline),
        Lesson(id: "chart", title: "Drawing a grouped result",
               explanation: """
                   `.chart` draws the last grouped result: horizontal bars, or a histogram with a column per year when
                   the groups are years. `.map QUERY` does the same for places, on a map of the region.
                   """,
               task: "count the claims by year, then draw that result with `.chart`.",
               answer: "count claims by year",
               hints: ["first group the claims by `year`: `count claims by year`", "then type `.chart`"],
               check: .yearChart),
    ]
}
