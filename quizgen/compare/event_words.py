"""Nouns that name a kind of news event: two articles that share one of these and a
main name ("the Ostrel earthquake") are about one event, however few words they share.

Data only (read by `event`): generic news English, never one story's words.
"""

from __future__ import annotations

EVENT_NOUNS = frozenset("""
earthquake quake tremor aftershock tsunami flood floods flooding storm hurricane typhoon cyclone tornado
wildfire fire blaze explosion blast eruption landslide mudslide avalanche drought heatwave
crash collision derailment sinking shipwreck accident collapse outage spill leak
shooting stabbing attack bombing siege hijacking kidnapping murder killing killings riot protest protests
strike walkout war invasion offensive ceasefire coup
election vote referendum ballot runoff primary inauguration resignation impeachment verdict trial
ruling sentencing arrest indictment lawsuit merger takeover acquisition bankruptcy launch landing
summit treaty deal agreement transfer outbreak pandemic epidemic recall
""".split())

# Name words that say what kind of thing is named, not which ("Harlow County", "the
# Tarvin River"), and calendar names: never an article's main name on their own.
GENERIC_NAME_WORDS = frozenset("""
county city town village state province region district river lake sea ocean bay island islands mountain
mountains valley street road avenue square bridge airport station port university college school hospital
department ministry council committee party court police agency office house senate parliament assembly
company group inc corp ltd news times post daily
monday tuesday wednesday thursday friday saturday sunday january february march april may june july
august september october november december
""".split())
