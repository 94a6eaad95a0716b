"""A webhook response that confirms its delivery only once its body has been written."""

from collections.abc import Callable, Iterator

from flask import Response

Action = Callable[[], None]


def then(payload: bytes, after: list[Action]) -> Iterator[bytes]:
    """The body, then what is due once it was written: the server asks for more only after
    writing it, so a worker killed (or a client gone) before that never confirms the delivery,
    and the provider's retry is answered."""
    yield payload
    for action in after:
        action()


def response(payload: bytes, mimetype: str, after: list[Action]) -> Response:
    """`payload` as the response, with `after` run once it has been written."""
    return Response(then(payload, after), mimetype=mimetype,
                    headers={"Content-Length": str(len(payload))})
