# newsbrief: one image. By default one container does everything: `newsbrief web --with-worker`
# (HTTP endpoints + polling + delivery); its HEALTHCHECK is /healthz (503 when the database is
# down or no feed was fetched for 3 poll intervals).
#   docker build -t newsbrief .
#   docker run -p 8080:8080 -v newsbrief-data:/data -e SLACK_BOT_TOKEN=… newsbrief
# Split roles (like the Procfile): override the command per container, e.g.
#   docker run … newsbrief newsbrief web                          # HTTP only
#   docker run --no-healthcheck … newsbrief newsbrief run         # worker (serves no HTTP)
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    PORT=8080 \
    PYTHONPATH=/app \
    NEWSBRIEF_LOG_FORMAT=json \
    NEWSBRIEF_DATABASE_URL=sqlite:////data/newsbrief.db

WORKDIR /app
# PYTHONPATH=/app: `bot` is imported from /app, beside config/ (defaults.toml, demo feeds),
# which `pip install .` does not package; pip still installs the dependencies and `newsbrief`.
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY adapters ./adapters
COPY config ./config
# compileall: PYTHONDONTWRITEBYTECODE keeps Python from caching /app's bytecode itself, so without
# it every process (the worker, each pool process) compiles ~60 modules from source (~0.15 s).
RUN pip install . \
    && python -m compileall -q /app/bot /app/adapters \
    && useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin newsbrief \
    && mkdir -p /data && chown newsbrief /data

USER newsbrief
VOLUME ["/data"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
    CMD python -c "import os,urllib.request,sys; urllib.request.urlopen(f'http://127.0.0.1:{os.environ.get(\"PORT\",\"8080\")}/healthz', timeout=4)" || exit 1
CMD ["sh", "-c", "exec newsbrief web --with-worker --host 0.0.0.0 --port \"${PORT}\""]
