# The bot as a container image: the bundled flows and languages, checked at build; no secrets.
# Build and run the whole stack (bot, Redis that keeps nothing on disk, Caddy in front) with
# `docker compose up`; see the README's "Deploying" section.

FROM python:3.11-slim-bookworm AS build
WORKDIR /src
COPY pyproject.toml README.md LICENSE ./
COPY bot ./bot
COPY webhooks ./webhooks
COPY flows ./flows
COPY locales ./locales
# A regular (non-editable) wheel carries the content inside the package (bot/_content).
RUN pip install --no-cache-dir --disable-pip-version-check build \
    && python -m build --wheel --outdir /wheels .

FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    KYR_CACHE_DIR=/var/cache/kyr \
    PORT=8000
# The fonts and FriBiDi the rights card is drawn with (Pillow's wheels bring libraqm).
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-core fonts-noto-cjk libfribidi0 \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --no-create-home --home-dir /nonexistent \
        --shell /usr/sbin/nologin kyr \
    && install -d -o kyr -g kyr -m 0700 /var/cache/kyr
COPY --from=build /wheels /wheels
RUN pip install /wheels/*.whl && rm -rf /wheels
USER kyr
WORKDIR /
# Refuse to build broken content; the checked, compiled catalog (with every language's rights
# card drawn) stays in KYR_CACHE_DIR, so the container starts without checking again (and works
# on a read-only file system).
RUN kyr check
EXPOSE 8000
# Liveness: the process answers. Readiness (content and store) is `kyr probe --ready`.
HEALTHCHECK --interval=15s --timeout=4s --start-period=30s --retries=3 CMD ["kyr", "probe"]
CMD ["kyr", "serve", "--host", "0.0.0.0"]
