"""ingest: files to passages (articles) and tidy frames with table cards (tables)."""

from ingest.articles import ARTICLE_SUFFIXES, load_article, parse_article
from ingest.articles.record import Article
from ingest.discovery import collect_files, source_name
from ingest.errors import IngestError, TableLayoutError
from ingest.furniture import strip_furniture
from ingest.pipeline import ingest_file, ingest_paths, prune_sources
from ingest.report import FileOutcome, IngestReport
from ingest.settings import IngestSettings
from ingest.splitter import split_article
from ingest.tables import TABLE_SUFFIXES, load_tables

__all__ = [
    "ARTICLE_SUFFIXES",
    "TABLE_SUFFIXES",
    "Article",
    "FileOutcome",
    "IngestError",
    "IngestReport",
    "IngestSettings",
    "TableLayoutError",
    "collect_files",
    "ingest_file",
    "ingest_paths",
    "load_article",
    "load_tables",
    "parse_article",
    "prune_sources",
    "source_name",
    "split_article",
    "strip_furniture",
]
