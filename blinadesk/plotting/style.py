"""Colours, hatches and markers shared by the plots.

Colours are the Okabe-Ito palette (Okabe & Ito 2008, "Color Universal Design"), distinguishable with the
common colour-vision deficiencies. No meaning rests on colour alone: every category also has its own hatch,
marker or line style, so a black-and-white printout reads the same.
"""

from __future__ import annotations

BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
GREY = "#999999"
LIGHT_GREY = "#DDDDDD"

# Cycle track
PLANNED_EDGE = GREY
INFUSION_COLOUR = BLUE
INFUSION_HATCH = "////"
INTERRUPTION_COLOUR = VERMILLION
INTERRUPTION_HATCH = "xxxx"
TREATMENT_FREE_COLOUR = LIGHT_GREY
TREATMENT_FREE_HATCH = "...."

# Fever bands, CTCAE grades 1-3: lighter to darker and sparser to denser hatching.
FEVER_BANDS = ((YELLOW, ""), (ORANGE, ".."), (VERMILLION, "//"))

# CRS/ICANS grades 0-4: a sequential ramp that stays ordered in grey, plus hatching per grade.
GRADE_COLOURS = ("#F2F2F2", SKY_BLUE, ORANGE, VERMILLION, "#5A1F00")
GRADE_HATCHES = ("", "", "..", "//", "xx")

# Event markers: shape carries the meaning; fill says CD19-negative (filled black) for a relapse.
MARKERS = {
    "transplant": "*",
    "relapse": "v",
    "progression": "^",
    "death": "s",
    "seizure": "X",
    "neuro": "D",
    "mrd_negative_remission": "o",
    "remission": "o",
    "no_response": "x",
    "blasts": "o",
    "mrd": "s",
    "mrd_not_detected": "v",
}
EVENT_COLOURS = {
    "transplant": BLUISH_GREEN,
    "relapse": VERMILLION,
    "progression": REDDISH_PURPLE,
    "death": BLACK,
}
EVENT_LINESTYLES = {
    "transplant": "-.",
    "relapse": "--",
    "progression": ":",
    "death": "-",
}
TODAY_COLOUR = BLACK
TODAY_LINESTYLE = "-"  # solid: the event lines are all broken

FONT_SIZE = 8
