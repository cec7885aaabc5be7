"""quizgen: turn several outlets' articles about one event into a media-literacy quiz.

Pipeline (one way): ingest -> analyze -> compare -> generate -> deliver.
"""

__version__ = "0.1.0"
