import { describe, expect, it } from "vitest";
import { coloursOf, generateMatrix, sizesOf, type Row } from "./matrix";

const row = (colour: string | null, size: string | null, over: Partial<Row> = {}): Row => ({
  key: `${colour}-${size}`,
  colour,
  colourHex: colour ? "#000000" : null,
  size,
  price: "10,00",
  sku: "",
  barcode: "",
  everOrdered: false,
  ...over,
});

describe("the variant matrix", () => {
  it("adds every missing colour × size, in colour then size order, keeping existing rows", () => {
    const existing = [row("Navy", "M", { id: "v1", price: "55,00" })];
    const rows = generateMatrix(
      existing,
      [
        { name: "Navy", hex: "#1F2A44" },
        { name: "Sand", hex: "#D8C3A5" },
      ],
      ["S", "M", "L"],
      "49,90",
    );
    expect(rows.map((r) => `${r.colour} ${r.size} ${r.price}`)).toEqual([
      "Navy S 49,90",
      "Navy M 55,00",
      "Navy L 49,90",
      "Sand S 49,90",
      "Sand M 49,90",
      "Sand L 49,90",
    ]);
    expect(rows.find((r) => r.id === "v1")).toBe(existing[0]);
    expect(rows.find((r) => r.colour === "Sand")?.colourHex).toBe("#D8C3A5");
  });

  it("makes one variant without options, and matches names whatever their case", () => {
    expect(generateMatrix([], [], [], "5,00").map((r) => [r.colour, r.size])).toEqual([[null, null]]);
    expect(generateMatrix([row("navy", "m")], [{ name: "Navy", hex: "#000000" }], ["M"], "1")).toHaveLength(1);
  });

  it("reads the options back from the rows", () => {
    const rows = [row("Navy", "S"), row("navy", "M"), row("Sand", "S"), row(null, "XL")];
    expect(coloursOf(rows).map((c) => c.name)).toEqual(["Navy", "Sand"]);
    expect(sizesOf(rows)).toEqual(["S", "M", "XL"]);
  });
});
