import { describe, expect, it } from "vitest";
import { deviceClass } from "./device";

describe("a visit's device class", () => {
  it("tells phones, tablets and desktops apart by their User-Agent", () => {
    expect(
      deviceClass(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("phone");
    expect(
      deviceClass("Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36"),
    ).toBe("phone");
    expect(deviceClass("Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148")).toBe(
      "tablet",
    );
    expect(deviceClass("Mozilla/5.0 (Linux; Android 14; SM-X710) AppleWebKit/537.36 Chrome/131.0 Safari/537.36")).toBe(
      "tablet",
    );
    expect(
      deviceClass(
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
      ),
    ).toBe("desktop");
  });

  it("believes Chromium's mobile hint, and knows nothing without a User-Agent", () => {
    expect(deviceClass("Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Safari/537.36", "?1")).toBe(
      "phone",
    );
    expect(deviceClass("Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0", "?0")).toBe("desktop");
    expect(deviceClass(null)).toBeNull();
  });
});
