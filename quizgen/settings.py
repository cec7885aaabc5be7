"""Limits and defaults in one place; each says why it has the value it has."""

# Limits on input size are set from measurement (benchmarks/bench_pathological.py, one
# core, 2026-12-02): ingest + analysis + a 40-question quiz cost about 8 s of CPU per
# million characters of news text (8 articles of 50k characters: 1.9 s analysis, 1.4 s
# generation, 175 MB peak), and the worst input allowed must finish in 5 s, 300 MB.
# A long feature story is ~10k words (~70 kB); 200k characters leave room for pasted
# page junk, and one such article is analysed and quizzed in about 1.5 s.
MAX_ARTICLE_CHARS = 200_000
# All articles of one set together: analysis + generation of 400k characters take about
# 3.5 s (under the 5 s target with headroom for a busy core). The web app refuses a
# bigger set before analysing it; eight long features (8 x 50k) still fit.
MAX_SET_CHARS = 400_000
# For the expensive passes (claim extraction in generate): news sentences rarely pass 600
# characters; a "sentence" past 1,000 is a list, a table or text without full stops, no
# question is made from it, and work that grows with sentence length never runs over more.
MAX_SENTENCE_CHARS = 1_000
# Uploaded files may carry HTML markup around the text (a saved news page is often 1-2 MB
# of scripts and menus): 2 MB per file. HTML parsing is bounded separately (attributes,
# nesting), so the worst 2 MB page is still parsed in well under a second.
MAX_ARTICLE_BYTES = 2_000_000
# Markup counted before any HTML parser sees a page (quizgen/ingest/html_limits.py says
# why): well above real pages (Readability's 130 test pages: at most 9,900 elements,
# 14,000 attributes, 70 on one element); pages at the limits parse in about 2 s of CPU.
MAX_ELEMENTS = 60_000
MAX_ATTRIBUTES = 120_000
MAX_ELEMENT_ATTRIBUTES = 500
# Fetching a pasted web address (quizgen/ingest/fetch.py): the page may be as large as an
# uploaded file; name lookups, connecting, reading and every redirect share FETCH_SECONDS.
FETCH_SECONDS = 10
MAX_REDIRECTS = 5
# A whole upload request (up to MAX_ARTICLES files): bounds Flask's request parsing.
MAX_UPLOAD_BYTES = 16_000_000
# Comparison needs at least two outlets; past eight, a quiz page is unreadable.
MIN_ARTICLES = 2
MAX_ARTICLES = 8
# Default quiz length fits one 45-minute lesson; the cap keeps generation bounded.
DEFAULT_QUESTION_COUNT = 15
MAX_QUESTION_COUNT = 40
# Difficulty levels offered to teachers.
DIFFICULTIES = (1, 2, 3)
# Class codes: 6 characters from an alphabet without 0/O, 1/I/L, so they read aloud well.
CLASS_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CLASS_CODE_LENGTH = 6
# A student's resume code (same alphabet): 31^6 ~ 900 million codes per seat, and the class
# code and the nickname must match too, so guessing under the join rate limit is hopeless.
RESUME_CODE_LENGTH = 6
# Nicknames are shown to the teacher; keep them short.
MAX_NICKNAME_CHARS = 40

# --- web app (quizgen.web) ---
# Per-IP rate limits (Flask-Limiter syntax). Login and sign-up slow password guessing;
# a school LAN gives each pupil its own address, so these do not block a class.
LOGIN_RATE_LIMIT = "10 per minute"
SIGNUP_RATE_LIMIT = "5 per minute"
# Only FAILED joins count, so a whole class joining at once is never blocked while
# guessing class codes (31^6 ~ 900 million) stays hopeless.
JOIN_FAILURE_RATE_LIMIT = "10 per minute"
# Analysis + generation cost up to a few seconds of CPU per request (MAX_SET_CHARS).
GENERATE_RATE_LIMIT = "20 per minute"
# Analyses and quiz generations running at once in one server process: one, so the other
# threads of the process keep serving students (and /healthz) while a set is analysed.
HEAVY_REQUESTS_PER_PROCESS = 1
# A second heavy request waits this long for its turn, then is refused with "try again in
# a minute" instead of holding a thread (or the worker) for longer.
HEAVY_REQUEST_WAIT_SECONDS = 3
# A student's free-text answer (short answer / open response) fits in a paragraph.
MAX_ANSWER_CHARS = 2_000
# Teacher passwords: long enough to resist guessing, bounded to keep hashing cheap.
MIN_PASSWORD_CHARS = 10
MAX_PASSWORD_CHARS = 200

# --- serving (quizgen serve, the web app's caches) ---
# Quizzes in use at once in one server: a few classes plus self-study practice quizzes.
QUIZ_CACHE_SIZE = 64
# Rendered article bodies: each quiz's articles plain, plus one highlighted version per
# article and question with evidence (a 15-question quiz on 3 articles needs about 20).
ARTICLE_HTML_CACHE_SIZE = 512
# SQLite connections kept open per process: at least the server's worker threads, so that
# no request opens (and sets up) a connection of its own under load.
SQLITE_POOL_SIZE = 16
# gunicorn: one worker process per core (2 here) with a few threads each; one waitress
# process can use only one core and fell behind 300 students answering at once.
SERVE_WORKERS = 2
SERVE_THREADS = 4
# gunicorn kills a worker silent for this long: the worst allowed request (MAX_SET_CHARS,
# plus HEAVY_REQUEST_WAIT_SECONDS in the queue) takes under 10 s even on a busy core.
SERVE_TIMEOUT_SECONDS = 30
