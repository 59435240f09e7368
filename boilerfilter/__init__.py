"""boilerfilter: strip navigation, link lists, ads and other boilerplate from scraped pages.

Public API::

    import boilerfilter
    page = boilerfilter.clean(html_or_text)          # -> CleanedPage
    f = boilerfilter.BoilerFilter(model=None)         # reusable, picklable, thread-safe
    for page in f.clean_many(pages): ...

The library never configures logging.
"""
__version__ = "0.1.0"

from .filter import BoilerFilter, clean
from .model import Model, ModelError, load_model
from .options import Options
from .result import KINDS, Block, CleanedPage

__all__ = ["clean", "BoilerFilter", "CleanedPage", "Block", "Options", "Model", "ModelError",
           "load_model", "KINDS", "__version__"]
