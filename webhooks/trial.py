"""`kyr twilio-test`: one signed message to a running deployment, as Twilio would send it.

For operators checking a new deployment end to end (proxy, signature, state): it signs with
TWILIO_AUTH_TOKEN for PUBLIC_URL/twilio, posts from a fictional number (555-01xx), and prints
the replies. It sends only what the operator typed; nothing is logged or kept.
"""

import secrets
import sys
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ElementTree

from twilio.request_validator import RequestValidator

from webhooks.settings import Settings

TEST_SENDER = "+13125550100"  # the 555-01xx range is reserved for fiction
TEST_ACCOUNT = "AC" + "0" * 32


def twilio_test(text: str, via: str | None, sender: str) -> int:
    """Send `text`; 0 if the deployment answered 200 with TwiML, else 1, saying why."""
    settings = Settings.from_env()
    if not (settings.twilio_auth_token and settings.public_url):
        print("kyr twilio-test: set TWILIO_AUTH_TOKEN and PUBLIC_URL as the deployment has them.",
              file=sys.stderr)
        return 2
    signed_url = f"{settings.public_url}/twilio"
    target = f"{via.rstrip('/')}/twilio" if via else signed_url
    form = {"MessageSid": "SM" + secrets.token_hex(16), "AccountSid": settings.twilio_account_sid
            or TEST_ACCOUNT, "From": sender, "To": TEST_SENDER, "Body": text, "NumMedia": "0"}
    signature = RequestValidator(settings.twilio_auth_token).compute_signature(signed_url, form)
    request = urllib.request.Request(target, data=urllib.parse.urlencode(form).encode(), method="POST",
                                     headers={"X-Twilio-Signature": signature})
    try:
        with urllib.request.urlopen(request, timeout=15) as response:
            body = response.read()
    except urllib.error.HTTPError as error:
        print(f"kyr twilio-test: {target} answered {error.code}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"kyr twilio-test: {target} did not answer: {error}", file=sys.stderr)
        return 1
    try:
        replies = [message.text or "" for message in ElementTree.fromstring(body).iter("Message")]
    except ElementTree.ParseError:
        print(f"kyr twilio-test: {target} answered 200 but not with TwiML", file=sys.stderr)
        return 1
    for reply in replies:
        print(reply, end="\n\n")
    print(f"kyr twilio-test: {len(replies)} message(s) from {target}", file=sys.stderr)
    return 0
