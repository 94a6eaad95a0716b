"""The `kyr` command: `kyr chat` to try the bot, `kyr check` to validate content."""

import argparse
import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

# The content tools are imported by the commands that use them: `kyr probe`, run by a container's
# health check every few seconds, and `kyr --version` load nothing of the content.
if TYPE_CHECKING:
    from bot.engine.catalog import Catalog

CHANNELS = ("sms", "telegram")  # `kyr chat --channel`, the same as bot.tools.chat.CHANNELS (a test says so)

ROOT_HELP = ("folder holding flows/ and locales/ (default: the current folder if it holds them, "
             "else the bundled content)")


def _sms_fold() -> bool:
    """The deployment's KYR_SMS_FOLD, read by the web app's settings: the check measures what
    the server will send."""
    from webhooks.settings import Settings

    try:
        return Settings.from_env().sms_fold
    except ValueError as error:  # a malformed setting: say which, without a traceback
        raise SystemExit(f"kyr: {error}") from None


def _root(args: argparse.Namespace) -> Path:
    """The content to work on: --root; else KYR_CONTENT_DIR; else the current folder if it
    holds flows/ and locales/ (an organizer's copy); else the bundled content."""
    from bot.engine.catalog import CONTENT_DIR_ENV, content_root

    if args.root:
        return Path(args.root)
    here = Path.cwd()
    if not os.environ.get(CONTENT_DIR_ENV) and (here / "flows").is_dir() and \
            (here / "locales").is_dir():
        return here
    return content_root()


def _check(args: argparse.Namespace) -> int:
    """Print every problem as file:line (or JSON); exit 1 if any is an error."""
    from bot.content.problems import Severity
    from bot.release.check import legal_review_nodes
    from bot.release.load import checked_problems

    root = _root(args)
    problems = checked_problems(root, sms_fold=_sms_fold())
    errors = sum(problem.severity is Severity.ERROR for problem in problems)
    warnings = len(problems) - errors
    failed = bool(errors or (warnings and args.strict))
    if args.format == "json":
        print(json.dumps({"root": str(root), "errors": errors, "warnings": warnings,
                          "ok": not failed, "legal_review": legal_review_nodes(root),
                          "problems": [{"file": p.path, "line": p.line,
                                        "severity": p.severity.value, "message": p.message}
                                       for p in problems]}, ensure_ascii=False, indent=2))
        return 1 if failed else 0
    for problem in problems:
        print(problem)
    if failed:
        print(f"kyr check: {errors} error(s), {warnings} warning(s) in {root}", file=sys.stderr)
        return 1
    print(f"kyr check: content is clean ({warnings} warning(s))", file=sys.stderr)
    marked = legal_review_nodes(root)
    if marked:
        print(f"kyr check: {len(marked)} node(s) marked for legal review: {', '.join(marked)}",
              file=sys.stderr)
    return 0


def _catalog_for(args: argparse.Namespace, command: str) -> "Catalog | int":
    """The checked catalog and a known `--lang`, or the exit code after saying what is wrong."""
    from bot.content.problems import ContentError
    from bot.release.load import load_catalog

    root = _root(args)
    try:
        catalog = load_catalog(root, sms_fold=_sms_fold())
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    if args.lang and args.lang not in catalog.localizer.locales:
        shipped = ", ".join(catalog.localizer.locales)
        print(f"kyr {command}: no language {args.lang!r}; shipped: {shipped}", file=sys.stderr)
        return 2
    return catalog


def _chat(args: argparse.Namespace) -> int:
    """Run the terminal simulator on the bundled (or given) content."""
    from bot.tools import chat

    catalog = _catalog_for(args, "chat")
    if isinstance(catalog, int):
        return catalog
    if not args.record:
        return chat.run(catalog, args.channel, args.lang, fold=not args.no_fold,
                        explain=args.explain)
    from bot.tools.studio import save_transcript

    record = Path(args.record)
    sent: list[str] = []
    code = chat.run(catalog, args.channel, args.lang, fold=not args.no_fold,
                    explain=args.explain, sent=sent)
    try:  # tests/transcripts/<flow>/<case>.yaml: the folder names the flow
        path, snapshot, _steps = save_transcript(record.parent.parent, record.parent.name,
                                                 record.stem, catalog, sent, args.lang,
                                                 args.channel, "Recorded with kyr chat --record.")
    except (ValueError, FileExistsError) as error:
        print(f"kyr chat: not recorded: {error}", file=sys.stderr)
        return 1
    print(f"kyr chat: recorded {path} and {snapshot}", file=sys.stderr)
    return code


def _why(args: argparse.Namespace) -> int:
    """Print to the organizer's terminal which answer a message would get and why (the text is
    theirs, typed to test the content; nothing is logged or stored)."""
    from bot.engine.engine import Engine
    from bot.tools.explain import explain

    catalog = _catalog_for(args, "why")
    if isinstance(catalog, int):
        return catalog
    print(explain(catalog, Engine(catalog), args.text, args.lang))
    return 0


def _segments(args: argparse.Namespace) -> int:
    """Print the SMS cost of every reply per language, with and without folding."""
    from bot.content.problems import ContentError
    from bot.release.load import load_catalog
    from bot.tools.segments import table

    root = _root(args)
    try:
        print(table(load_catalog(root)))
    except ContentError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


def _serve(args: argparse.Namespace) -> int:
    """Serve the webhooks under gunicorn (imports the web stack only when asked)."""
    from webhooks.serve import serve

    return serve(args.host, args.dev)


def _diagram(args: argparse.Namespace) -> int:
    """Print one flow as a Mermaid state diagram, labelled in the chosen language."""
    from bot.tools.diagram import mermaid

    catalog = _catalog_for(args, "diagram")
    if isinstance(catalog, int):
        return catalog
    try:
        print(mermaid(catalog, args.flow, args.lang or catalog.localizer.default_locale))
    except (KeyError, ValueError) as error:
        print(f"kyr diagram: {error.args[0]}", file=sys.stderr)
        return 2
    return 0


def _card(args: argparse.Namespace) -> int:
    """Write the rights card: a two-sided printable sheet (.pdf) or the phone picture (.png)."""
    from bot.release.card import CardUnavailable, sheet_pdf, sides
    from bot.release.check_card import card_font

    catalog = _catalog_for(args, "card")
    if isinstance(catalog, int):
        return catalog
    card = catalog.flows.card
    if card is None:
        print("kyr card: this content has no flows/card.yaml", file=sys.stderr)
        return 1
    locale = args.lang or catalog.localizer.default_locale
    out = Path(args.out)
    try:
        if out.suffix.lower() == ".png":
            if locale not in catalog.cards:
                raise CardUnavailable("the cards were not drawn when the content was built "
                                      "(see kyr check)")
            data = catalog.cards[locale]
        else:
            data = sheet_pdf(*sides(card, catalog.localizer, locale, card_font(catalog, locale)))
    except CardUnavailable as error:
        print(f"kyr card: {error}", file=sys.stderr)
        return 1
    out.write_bytes(data)
    what = "phone picture" if out.suffix.lower() == ".png" else ("two-sided sheet: print both "
                                                                  "sides, flipping on the long edge")
    print(f"kyr card: wrote {out} ({what}, {locale})", file=sys.stderr)
    return 0


def _studio(args: argparse.Namespace) -> int:
    """Serve the studio page on this machine (imports Flask only when asked)."""
    from bot.tools import studio

    try:
        port = studio.port_from(os.environ)
    except ValueError as error:
        print(f"kyr studio: {error}", file=sys.stderr)
        return 2
    transcripts = Path(args.transcripts) if args.transcripts else None
    return studio.serve(_root(args), port, args.host, transcripts, sms_fold=_sms_fold())


def _set_webhook(args: argparse.Namespace) -> int:
    """Register the Telegram webhook."""
    from webhooks.serve import set_webhook

    return set_webhook()


def _telegram_poll(args: argparse.Namespace) -> int:
    """Run Telegram by long polling, for development."""
    from webhooks.serve import telegram_poll

    return telegram_poll()


def _probe(args: argparse.Namespace) -> int:
    """Exit 0 if the server on this machine answers its health (or readiness) check."""
    from webhooks.probe import probe

    return probe(args.ready, args.timeout)


def _twilio_test(args: argparse.Namespace) -> int:
    """Send one signed message to a running deployment and print its replies."""
    from webhooks.trial import twilio_test

    return twilio_test(args.text, args.via, args.sender)


def _version() -> str:
    """The installed package's version."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kyr-bot")
    except PackageNotFoundError:  # run from a checkout that was never installed
        return "unknown (not installed)"


def parser() -> argparse.ArgumentParser:
    """The command-line interface."""
    top = argparse.ArgumentParser(prog="kyr", description="Know-your-rights chatbot tools.")
    top.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = top.add_subparsers(dest="command", required=True)
    chat_cmd = commands.add_parser("chat", help="talk to the bot in the terminal, as a channel shows it")
    chat_cmd.add_argument("--lang", help="start in this language instead of guessing it (en, es, ...)")
    chat_cmd.add_argument("--channel", choices=CHANNELS, default="sms")
    chat_cmd.add_argument("--no-fold", action="store_true",
                          help="SMS: keep accents even where the language allows folding them")
    chat_cmd.add_argument("--explain", action="store_true",
                          help="after each reply to free text, show why it led there")
    chat_cmd.add_argument("--root", help=ROOT_HELP)
    chat_cmd.add_argument("--record", metavar="FILE",
                          help="save the conversation as a golden transcript, such as "
                               "tests/transcripts/officers/door_fr.yaml (and its .txt)")
    chat_cmd.set_defaults(run=_chat)
    why_cmd = commands.add_parser("why", help="which answer a message gets, and why")
    why_cmd.add_argument("text", help="the message, in quotes")
    why_cmd.add_argument("--lang", help="read it in this language (default: as a first message)")
    why_cmd.add_argument("--root", help=ROOT_HELP)
    why_cmd.set_defaults(run=_why)
    check_cmd = commands.add_parser("check", help="validate flows and translations")
    check_cmd.add_argument("--root", help=ROOT_HELP)
    check_cmd.add_argument("--strict", action="store_true", help="treat warnings as errors")
    check_cmd.add_argument("--format", choices=("text", "json"), default="text",
                           help="json: every problem as an object, for editors and tools")
    check_cmd.set_defaults(run=_check)
    diagram_cmd = commands.add_parser("diagram", help="one flow as a Mermaid diagram")
    diagram_cmd.add_argument("flow", help="the flow's name, such as officers")
    diagram_cmd.add_argument("--lang", help="label the nodes in this language (default: en)")
    diagram_cmd.add_argument("--root", help=ROOT_HELP)
    diagram_cmd.set_defaults(run=_diagram)
    card_cmd = commands.add_parser("card", help="write the rights card to print (.pdf: ten cards, "
                                   "two-sided) or as the phone picture (.png)")
    card_cmd.add_argument("--lang", help="the person's side in this language (default: en)")
    card_cmd.add_argument("--out", required=True, help="the file to write: card.pdf or card.png")
    card_cmd.add_argument("--root", help=ROOT_HELP)
    card_cmd.set_defaults(run=_card)
    studio_cmd = commands.add_parser("studio", help="a local web page to try content in SMS, WhatsApp "
                                     "and Telegram views while editing it (PORT sets the port)")
    studio_cmd.add_argument("--root", help=ROOT_HELP)
    studio_cmd.add_argument("--host", default="127.0.0.1",
                            help="a loopback address to listen on (127.0.0.1 or ::1); no other")
    studio_cmd.add_argument("--transcripts",
                            help="folder for tests saved from the page (default: ROOT/tests/transcripts)")
    studio_cmd.set_defaults(run=_studio)
    segments_cmd = commands.add_parser("segments", help="SMS segments of every reply, per language")
    segments_cmd.add_argument("--root", help=ROOT_HELP)
    segments_cmd.set_defaults(run=_segments)
    serve_cmd = commands.add_parser("serve", help="serve the Twilio and Telegram webhooks (gunicorn)")
    serve_cmd.add_argument("--host", default="127.0.0.1", help="address to listen on (PORT sets the port)")
    serve_cmd.add_argument("--dev", action="store_true",
                           help="development: accept unsigned requests, on this machine only")
    serve_cmd.set_defaults(run=_serve)
    webhook_cmd = commands.add_parser("set-webhook", help="register the Telegram webhook (release step)")
    webhook_cmd.set_defaults(run=_set_webhook)
    poll_cmd = commands.add_parser("telegram-poll",
                                   help="development: run Telegram by polling with TELEGRAM_POLL_TOKEN")
    poll_cmd.set_defaults(run=_telegram_poll)
    probe_cmd = commands.add_parser("probe", help="exit 0 if the server on this machine (PORT) is "
                                    "alive; with --ready, if it is ready to answer (a health check)")
    probe_cmd.add_argument("--ready", action="store_true",
                           help="ask /readyz (content loaded, store answering) instead of /healthz")
    probe_cmd.add_argument("--timeout", type=float, default=3.0, help="seconds to wait (default 3)")
    probe_cmd.set_defaults(run=_probe)
    trial_cmd = commands.add_parser("twilio-test", help="send one signed message to a running "
                                    "deployment (TWILIO_AUTH_TOKEN, PUBLIC_URL) and print the replies")
    trial_cmd.add_argument("text", help="the message, in quotes")
    trial_cmd.add_argument("--via", help="send it to this address instead of PUBLIC_URL (still "
                           "signed for PUBLIC_URL), e.g. http://127.0.0.1:8080")
    trial_cmd.add_argument("--sender", default="+13125550100",
                           help="the From number (default: a fictional 555-01xx number)")
    trial_cmd.set_defaults(run=_twilio_test)
    return top


def main(argv: list[str] | None = None) -> int:
    """Entry point of the `kyr` console script."""
    args = parser().parse_args(argv)
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
