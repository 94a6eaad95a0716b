"""GET /healthz, /readyz and /metrics: what a platform and an operator ask, never about a person."""

import hmac

from flask import Blueprint, Response, abort, jsonify, request

from webhooks.local import from_this_machine
from webhooks.runtime import runtime

blueprint = Blueprint("operations", __name__)


@blueprint.get("/healthz")
def healthz() -> Response:
    """Liveness: the process answers. No secrets, no counts of people."""
    settings = runtime().settings
    return jsonify({"status": "ok", "twilio": settings.twilio_enabled,
                    "telegram": settings.telegram_enabled})


@blueprint.get("/readyz")
def readyz() -> tuple[Response, int]:
    """Readiness: 200 while the store answers, 503 with the reason. Content needs no check here:
    the app is not built without checked content (create_app raises, the master refuses)."""
    current = runtime()
    problem = current.conversations.store.health()
    if problem is not None:
        return jsonify({"status": "not ready", "reason": problem}), 503
    store = "redis" if current.settings.redis_url else "memory"
    return jsonify({"status": "ready", "store": store}), 200


def _bearer_matches(token: str) -> bool:
    """The request carries `Authorization: Bearer <token>` (compared in constant time)."""
    scheme, _, given = request.headers.get("Authorization", "").partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


@blueprint.get("/metrics")
def metrics() -> Response:
    """The Prometheus exposition: from this machine directly, or with KYR_METRICS_TOKEN."""
    current = runtime()
    token = current.settings.metrics_token
    if not (token and _bearer_matches(token)) and not from_this_machine():
        if token:
            return Response("a bearer token is needed\n", 401, {"WWW-Authenticate": "Bearer"},
                            mimetype="text/plain")
        abort(404)  # no token configured: served on loopback only
    return Response(current.metrics.exposition(), mimetype="text/plain",
                    content_type="text/plain; version=0.0.4; charset=utf-8")
