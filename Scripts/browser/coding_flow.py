#!/usr/bin/env python3
"""Drives the web pages in headless Chromium the way a coder works: sign in, claim an encounter, accept a
suggestion and see the DRG change, give POA, submit; then the lookup typeahead and the PCS table builder.

    python3 Scripts/browser/coding_flow.py --url http://127.0.0.1:8080 --user coder --password ... \
        --screenshots screenshots

Exit status 0 when every step held, 1 with one line naming the step that broke, 2 when Chromium, its driver or
Selenium is missing. Screenshots of each step go to --screenshots (not committed).
"""
import argparse
import os
import shutil
import sys
import time


def fail(step, detail):
    print(f"browser flow broke at '{step}': {detail}")
    sys.exit(1)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--user", required=True)
    ap.add_argument("--password", required=True)
    ap.add_argument("--screenshots", default="screenshots")
    ap.add_argument("--timeout", type=float, default=20)
    args = ap.parse_args()

    try:
        from selenium import webdriver
        from selenium.common.exceptions import StaleElementReferenceException, TimeoutException, WebDriverException
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.by import By
        from selenium.webdriver.common.keys import Keys
        from selenium.webdriver.support import expected_conditions as EC
        from selenium.webdriver.support.ui import Select, WebDriverWait
    except ImportError as e:
        print(f"skipped: selenium is not installed ({e}); pip install selenium")
        sys.exit(2)
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    driver_path = shutil.which("chromedriver") or ("/usr/bin/chromedriver" if os.path.exists("/usr/bin/chromedriver") else None)
    if not browser or not driver_path:
        print("skipped: chromium and chromium-driver are not installed (apt-get install chromium chromium-driver)")
        sys.exit(2)

    os.makedirs(args.screenshots, exist_ok=True)
    # this run's screenshots only
    for name in os.listdir(args.screenshots):
        if name.endswith(".png"):
            os.remove(os.path.join(args.screenshots, name))
    options = webdriver.ChromeOptions()
    options.binary_location = browser
    for a in ["--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu", "--window-size=1440,1000"]:
        options.add_argument(a)
    try:
        driver = webdriver.Chrome(service=Service(driver_path), options=options)
    except WebDriverException as e:
        print(f"skipped: chromium did not start ({str(e).splitlines()[0]})")
        sys.exit(2)
    # the page's script draws its lists again after each change: an element found a moment ago may be gone
    wait = WebDriverWait(driver, args.timeout, ignored_exceptions=[StaleElementReferenceException])

    def settled():
        # the page marks the DRG box busy while the review of the latest code set is on its way
        wait.until(lambda d: d.find_element(By.ID, "drg").get_attribute("aria-busy") == "false")

    def text_of(selector):
        for _ in range(20):
            try:
                return [e.text for e in driver.find_elements(By.CSS_SELECTOR, selector)]
            except StaleElementReferenceException:
                time.sleep(0.05)
        raise AssertionError(f"{selector} kept changing")
    shots = iter(range(1, 100))

    def shot(name):
        driver.save_screenshot(os.path.join(args.screenshots, f"{next(shots):02d}-{name}.png"))

    def step(name, fn):
        try:
            return fn()
        except TimeoutException:
            shot(f"broken-{name}")
            fail(name, f"timed out; page {driver.current_url}")
        except Exception as e:  # noqa: BLE001 - any failure of the page is the flow breaking
            shot(f"broken-{name}")
            fail(name, f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''} (page {driver.current_url})")

    def errors():
        # the page's script must not throw
        try:
            return [e["message"] for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        except Exception:  # noqa: BLE001 - not every driver keeps the log
            return []

    try:
        base = args.url.rstrip("/")

        def sign_in():
            driver.get(base + "/")
            wait.until(EC.presence_of_element_located((By.NAME, "username")))
            shot("sign-in")
            driver.find_element(By.NAME, "username").send_keys(args.user)
            driver.find_element(By.NAME, "password").send_keys(args.password + Keys.ENTER)
            wait.until(EC.url_contains("/worklist"))
            shot("worklist")
        step("sign in", sign_in)

        def claim():
            driver.find_element(By.CSS_SELECTOR, "button[data-claim]").click()
            wait.until(EC.url_contains("/chart/"))
            wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#suggestions button[data-accept]")))
            if not driver.find_elements(By.CSS_SELECTOR, "mark.ev"):
                raise AssertionError("the notes show no highlighted evidence")
            shot("chart")
            return driver.current_url.rsplit("/", 1)[-1]
        encounter = step("claim next", claim)

        def evidence():
            pick = driver.find_element(By.CSS_SELECTOR, "#suggestions li .pick")
            code = pick.find_element(By.CSS_SELECTOR, ".code").text
            pick.click()
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark.ev.active"))
            marks = driver.find_elements(By.CSS_SELECTOR, "mark.ev.active")
            if not all(code in m.get_attribute("data-codes").split() for m in marks):
                raise AssertionError(f"highlighted text that is not evidence of {code}")
            shot("evidence")
        step("select a code, see its evidence", evidence)

        def look_up_selection():
            # select the longest marked stretch among the first ones, as a coder would drag over it
            chosen = driver.execute_script("""
                const marks = Array.from(document.querySelectorAll('mark.ev')).slice(0, 12);
                const m = marks.sort((a, b) => b.textContent.trim().length - a.textContent.trim().length)[0];
                const range = document.createRange();
                range.selectNodeContents(m);
                const sel = window.getSelection();
                sel.removeAllRanges();
                sel.addRange(range);
                m.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
                return m.textContent.trim();
            """)
            wait.until(lambda d: d.find_element(By.ID, "lookup-pane").is_displayed()
                       and d.find_elements(By.CSS_SELECTOR, "#lookup-results li"))
            if driver.find_element(By.ID, "lookup-term").text != chosen:
                raise AssertionError(f"looked up {driver.find_element(By.ID, 'lookup-term').text!r}, not {chosen!r}")
            shot("selection-lookup")
        step("select text in a note, see it looked up", look_up_selection)

        def edit():
            driver.find_element(By.CSS_SELECTOR, "#suggestions button[data-edit]").click()
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#add-results li"))
            shot("edit")
            box = driver.find_element(By.ID, "add-code")
            box.send_keys(Keys.ESCAPE)
            box.clear()
        step("edit a suggestion: the typeahead opens on its category", edit)

        def accept():
            before = text_of("#drg-number")[0]
            button = driver.find_element(By.CSS_SELECTOR, "#suggestions button[data-accept]")
            code = button.get_attribute("data-accept")
            button.click()
            wait.until(lambda d: d.find_element(By.ID, "drg-number").text not in ("", before))
            settled()
            if code not in text_of("#dx tr .code"):
                raise AssertionError(f"{code} is not in the code set after accepting it")
            shot("accepted")
            return before, text_of("#drg-number")[0]
        drg_before, drg_after = step("accept a suggestion, see the DRG change", accept)

        def accept_all_and_poa():
            # Accept all (issue 18): the suggestions, sequenced by their code-first notes, with nothing a coder must
            # not report, give a code set the review passes without an "Apply fix"
            offered = [c.strip() for c in text_of("#suggestions li .code")]
            for code in ("R69", "I51.9"):
                if code in offered:
                    raise AssertionError(f"{code} is offered beside the definitive diagnoses: {offered}")
            driver.find_element(By.ID, "accept-all").click()
            settled()
            wait.until(lambda d: not d.find_elements(By.CSS_SELECTOR, "#suggestions button[data-accept]"))
            settled()
            if driver.find_elements(By.CSS_SELECTOR, "#edits button[data-fix]"):
                raise AssertionError("Accept all left a fix to apply: " + "; ".join(text_of("#edits li")))
            codes = [s.get_attribute("data-poa") for s in driver.find_elements(By.CSS_SELECTOR, "#dx select[data-poa]")]
            for code in codes:
                Select(driver.find_element(By.CSS_SELECTOR, f"#dx select[data-poa='{code}']")).select_by_value("Y")
                settled()
            settled()
            if driver.find_elements(By.CSS_SELECTOR, "#edits .sev-error"):
                raise AssertionError("an error edit is left: " + [t for t in text_of("#edits li") if t.startswith("error")][0])
            if text_of("#drg-number")[0].strip() in ("", "–"):
                raise AssertionError("the code set does not group")
            shot("code-set")
            return 0
        fixes = step("accept all, no fix needed, give POA", accept_all_and_poa)

        def submit():
            driver.find_element(By.ID, "submit").click()
            try:
                wait.until(EC.url_contains("/worklist"))
            except TimeoutException:
                raise AssertionError("not submitted: " + driver.find_element(By.ID, "save-status").text)
            if "submitted" not in driver.page_source:
                raise AssertionError("no confirmation on the worklist")
            shot("submitted")
        step("submit", submit)

        def lookup():
            driver.get(base + "/lookup")
            box = wait.until(EC.presence_of_element_located((By.ID, "q")))
            box.send_keys("aspiration pneum")
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#results li .code"))
            first = driver.find_element(By.CSS_SELECTOR, "#results li .code").text
            if first != "J69.0":
                raise AssertionError(f"first result {first}, expected J69.0")
            shot("typeahead")
            box.send_keys(Keys.ENTER)
            wait.until(EC.url_contains("/code/icd10cm/J69.0"))
            if "Excludes" not in driver.page_source and "Use additional code" not in driver.page_source:
                raise AssertionError("the tabular entry shows no instructional note")
            shot("tabular")
        step("lookup typeahead and tabular entry", lookup)

        def builder():
            driver.get(base + "/pcs")
            for _ in range(7):
                link = wait.until(EC.presence_of_element_located((By.CSS_SELECTOR, "#axis a")))
                link.click()
            code = wait.until(EC.presence_of_element_located((By.ID, "built-code"))).text
            if len(code) != 7:
                raise AssertionError(f"built {code!r}")
            shot("pcs-builder")
            return code
        built = step("PCS table builder", builder)

        severe = errors()
        if severe:
            fail("page scripts", severe[0])
        print(f"browser flow held: encounter {encounter} coded (DRG {drg_before or '-'} -> {drg_after}, "
              f"{fixes} edit fixes applied), "
              f"typeahead J69.0 first, PCS builder built {built}")
    finally:
        driver.quit()


if __name__ == "__main__":
    main()
