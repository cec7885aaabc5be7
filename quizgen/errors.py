"""Typed errors raised by the library; the CLI and web app turn them into messages."""


class QuizgenError(Exception):
    """Base class: its message is written for the person who gave the input."""


class InputError(QuizgenError):
    """An article could not be read (empty, binary, too large, wrong encoding...)."""


class TemplateError(QuizgenError):
    """A question template is malformed.

    `file` is the template file, `path` the JSON path inside it ("$.slots[0].from").
    """

    def __init__(self, file: str, path: str, message: str):
        self.file, self.path, self.message = file, path, message
        super().__init__(f"{file}: at {path}: {message}")


class GenerationError(QuizgenError):
    """No quiz can be generated from the given analysis (e.g. too few articles)."""


class ExportError(QuizgenError):
    """A quiz cannot be written in the requested format."""
