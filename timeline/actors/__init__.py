"""Actors: finding names in a clause, and joining their spellings across a corpus.

- `names`: finding names in a sentence (`find_names`, `known_capitalised`);
- `spelling`: the spelling joining compares (`strip_titles`, `name_key`);
- `models`: brands, model numbers and legal forms inside a run of capitals ("iPhone 4", "the 737 Max");
- `not_names`: runs of capitals that name nothing ("Board", "X", "Russian officials");
- `kinds`: person, organisation or product, from a name's words (`is_person_like`, `is_org_like`, `is_product_like`)
  and with an article's usage (`Usage`, `is_person`, `is_org`);
- `forms`: the shorter spellings of a full name: short forms and abbreviations;
- `aliases`: the user's alias file (`load_alias_file`) and the spellings alias tables fix;
- `index`: the corpus's spellings, indexed by what a join needs;
- `join`: `resolve_actors`, the joining steps and rules in order;
- `suggest`: near-identical names, proposed rather than joined;
- `reasons`: why spellings were joined (`--explain`);
- `matching`: which actors a user's `--actor` query designates (`actor_matches`).
"""

from timeline.actors.aliases import load_alias_file
from timeline.actors.join import resolve_actors
from timeline.actors.kinds import is_org_like, is_person_like
from timeline.actors.matching import actor_matches
from timeline.actors.names import CapitalisedWords, find_names, known_capitalised
from timeline.actors.spelling import name_key, strip_titles

__all__ = [
    "CapitalisedWords",
    "actor_matches",
    "find_names",
    "is_org_like",
    "is_person_like",
    "known_capitalised",
    "load_alias_file",
    "name_key",
    "resolve_actors",
    "strip_titles",
]
