"""`kyr studio` in a real headless Chromium: typing in each view, the language picker, a broken
file showing up as file:line, save as test. Screenshots go to KYR_STUDIO_SCREENSHOTS if set,
else to a temporary folder; the folder is printed at the end of the run."""

import contextlib
import os
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from selenium import webdriver
from selenium.webdriver.chrome.options import Options
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.remote.webelement import WebElement
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

from bot.engine.catalog import Catalog
from bot.tools import studio
from tests.conftest import REPO

WAIT = 10  # seconds for anything the page does; the problems poll runs every 1.5 s
BROKEN_ID = "      - clinic-intro-typo\n"


def _installed(name: str) -> str:
    """The Debian package's program, or fail (never skip) saying how to get it."""
    found = shutil.which(name) or (f"/usr/bin/{name}" if Path(f"/usr/bin/{name}").exists() else None)
    if found is None:
        pytest.fail(f"{name} is not installed; the README's test command installs it "
                    "(apt-get install -y chromium chromium-driver)")
    return found


class Page:
    """The studio open in Chromium, with the content copy it shows."""

    def __init__(self, driver: webdriver.Chrome, url: str, content: Path, transcripts: Path,
                 shots: Path) -> None:
        self.driver, self.url, self.content = driver, url, content
        self.transcripts, self.shots = transcripts, shots

    def wait(self, seconds: float = WAIT) -> WebDriverWait[webdriver.Chrome]:
        return WebDriverWait(self.driver, seconds, poll_frequency=0.1)

    def find(self, selector: str) -> WebElement:
        return self.driver.find_element(By.CSS_SELECTOR, selector)

    def all(self, selector: str) -> list[WebElement]:
        return self.driver.find_elements(By.CSS_SELECTOR, selector)

    def replies(self) -> list[WebElement]:
        return self.all("#log .reply")

    def type(self, text: str) -> WebElement:
        """Send a message and return the reply it got."""
        before = len(self.replies())
        self.find("#message").send_keys(text + Keys.ENTER)
        self.wait().until(lambda d: len(self.replies()) > before,
                                   f"no reply to {text!r}")
        return self.replies()[-1]

    def channel(self, name: str) -> None:
        self.find(f"#channel-{name}").click()
        self.wait().until(
            lambda d: f"phone {name}" == self.find("#phone").get_attribute("class")
            and self.find("#log").get_attribute("data-channel") == name, f"no {name} view")

    def shot(self, name: str) -> Path:
        path = self.shots / f"{name}.png"
        self.driver.execute_script("window.scrollTo(0, 0)")  # the problems are at the top
        assert self.driver.save_screenshot(str(path)), f"no screenshot {path}"
        return path


@pytest.fixture(scope="module")
def shots(pytestconfig: pytest.Config, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    wanted = os.environ.get("KYR_STUDIO_SCREENSHOTS")
    folder = Path(wanted) if wanted else tmp_path_factory.mktemp("studio-screenshots")
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    capture = pytestconfig.pluginmanager.get_plugin("capturemanager")
    with capture.global_and_fixture_disabled() if capture else contextlib.nullcontext():
        print(f"\nkyr studio screenshots: {folder}")


@pytest.fixture(scope="module")
def page(catalog: Catalog, tmp_path_factory: pytest.TempPathFactory, shots: Path) -> Iterator[Page]:
    """The studio on a writable copy of the content, served on loopback in a thread, and a
    headless Chromium driven through the Debian chromedriver (nothing is downloaded)."""
    browser, driver_path = _installed("chromium"), _installed("chromedriver")
    content = tmp_path_factory.mktemp("studio-content")
    for folder in ("flows", "locales"):
        shutil.copytree(REPO / folder, content / folder)
    transcripts = content / "saved"
    listening = studio.server(studio.create_app(content, transcripts), "127.0.0.1", 0)
    thread = threading.Thread(target=listening.serve_forever, daemon=True)
    thread.start()
    options = Options()
    options.binary_location = browser
    for argument in ("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                     "--window-size=1400,1000", "--no-first-run", "--disable-extensions",
                     f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}"):
        options.add_argument(argument)
    driver = webdriver.Chrome(options=options, service=Service(executable_path=driver_path))
    try:
        url = f"http://127.0.0.1:{listening.port}/"
        driver.get(url)
        opened = Page(driver, url, content, transcripts, shots)
        opened.wait().until(lambda d: opened.find("#log").get_attribute("data-channel") == "sms",
                            "the page did not start")
        yield opened
    finally:
        driver.quit()
        listening.shutdown()
        listening.server_close()
        thread.join(timeout=5)


def test_sms_view_shows_the_reply_its_segments_flow_and_node(page: Page) -> None:
    page.channel("sms")
    reply = page.type("hello")
    assert reply.find_element(By.CSS_SELECTOR, ".bubble.bot .text").text.startswith("Hello. I share")
    count = reply.find_element(By.CSS_SELECTOR, ".segments").text
    assert count == "3 segments · GSM-7 · 376 characters"
    assert reply.find_element(By.CSS_SELECTOR, ".where").text == "main/menu"
    clinic = page.type("2")
    assert "1) Is my medical information private?" in clinic.text
    assert clinic.find_element(By.CSS_SELECTOR, ".where").text == "clinic/intro"
    page.wait().until(
        lambda d: "state \"At a clinic or hospital\" as intro" in page.find("#diagram").text,
        "no diagram of the clinic flow")
    assert page.find("#diagram mark").text.strip().endswith("as intro")
    why = page.type("emergency room")
    assert "decision:" in why.find_element(By.CSS_SELECTOR, ".why pre").text
    page.shot("1-sms")


def test_whatsapp_view_answers_without_segments(page: Page) -> None:
    page.channel("whatsapp")
    reply = page.type("hello")
    assert "Hello. I share" in reply.text and "7) Change language" in reply.text
    assert reply.find_elements(By.CSS_SELECTOR, ".segments")[0].text == "376 characters"
    page.shot("2-whatsapp")


def test_telegram_view_has_a_keyboard_that_sends_its_buttons(page: Page) -> None:
    page.channel("telegram")
    reply = page.type("hello")
    assert "Hello. I share" in reply.text and "1)" not in reply.text
    keys = [key.text for key in page.all("#keyboard .key")]
    assert "At a clinic or hospital" in keys
    before = len(page.replies())
    next(key for key in page.all("#keyboard .key") if key.text == "At a clinic or hospital").click()
    page.wait().until(lambda d: len(page.replies()) > before, "the button sent nothing")
    assert page.replies()[-1].find_element(By.CSS_SELECTOR, ".where").text == "clinic/intro"
    page.shot("3-telegram")


def test_the_card_shows_as_a_picture_on_telegram_and_as_text_on_sms(page: Page) -> None:
    page.channel("telegram")
    reply = page.type("card")
    picture = reply.find_element(By.CSS_SELECTOR, "img.card")
    page.wait().until(lambda d: picture.get_property("naturalWidth") == 1080, "the card did not load")
    assert picture.get_property("naturalHeight") == 1920
    page.shot("3b-card-telegram")
    page.channel("sms")
    texts = page.type("card").text
    assert "To the officers: I choose to remain silent." in texts and "/cards/en.png" in texts
    assert not page.replies()[-1].find_elements(By.CSS_SELECTOR, "img.card")


def test_language_picker_changes_the_replies(page: Page) -> None:
    page.channel("sms")
    assert "Hello. I share" in page.replies()[0].text
    Select(page.find("#language")).select_by_value("es")
    page.wait().until(
        lambda d: "Replayed" in page.find("#log").text and page.replies()
        and page.replies()[0].text.startswith("Hola."), "no Spanish replay")
    assert "es" in page.replies()[0].find_element(By.CSS_SELECTOR, ".event").text
    page.find("#reset").click()
    page.wait().until(lambda d: not page.replies(), "the conversation did not start again")
    assert page.type("1").text.startswith("Hola.")  # a new conversation starts in Spanish
    assert page.type("1").text.startswith("Usted tiene derechos")
    page.shot("4-spanish")


def test_save_as_test_from_the_page(page: Page) -> None:
    page.find("#save-name").send_keys("from-the-browser")
    page.find("#save-button").click()
    page.wait().until(lambda d: page.find("#save-status").text.startswith("Saved"),
                             "not saved")
    saved = list(page.transcripts.glob("*/from-the-browser.yaml"))
    assert len(saved) == 1 and saved[0].with_suffix(".txt").exists()
    page.find("#save-button").click()
    page.wait().until(lambda d: "exists" in page.find("#save-status").text,
                               "an existing test was not refused")


def test_a_broken_file_appears_with_file_and_line_and_clears_when_fixed(page: Page) -> None:
    assert page.find("#problems-summary").text == "content is clean"
    flow = page.content / "flows/clinic.yaml"
    good = flow.read_text(encoding="utf-8")
    flow.write_text(good.replace("      - clinic-intro\n", BROKEN_ID, 1), encoding="utf-8")
    try:
        page.wait().until(
            lambda d: "flows/clinic.yaml:11" in page.find("#problems").text,
            "the broken file did not show up")
        assert "clinic-intro-typo" in page.find("#problems").text
        assert page.find("#problems-summary").text == "1 error, 0 warnings"
        assert "last content without errors" in page.find("#chat-status").text
        page.shot("5-problem")
        menu = page.type("0")  # the last content without errors keeps answering
        assert menu.find_element(By.CSS_SELECTOR, ".where").text == "main/menu"
    finally:
        flow.write_text(good, encoding="utf-8")
    page.wait().until(lambda d: page.find("#problems-summary").text == "content is clean",
                               "the fixed file still shows a problem")
    assert page.all("#problems li") == []
