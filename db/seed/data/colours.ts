/**
 * Every colour a variant can come in: the name shoppers see, the swatch hex, and the
 * three-letter code used in SKUs.
 */
export const COLOURS = {
  Amber: { hex: "#C98A2B", code: "AMB" },
  Black: { hex: "#222222", code: "BLK" },
  Blush: { hex: "#E6C2BA", code: "BLS" },
  Brown: { hex: "#6B4A35", code: "BRN" },
  Burgundy: { hex: "#6D2232", code: "BUR" },
  Camel: { hex: "#B98A5B", code: "CAM" },
  Champagne: { hex: "#E3D3B3", code: "CHP" },
  Charcoal: { hex: "#3C3F44", code: "CHR" },
  Cognac: { hex: "#9A5B2E", code: "COG" },
  Cream: { hex: "#F1EADB", code: "CRM" },
  Ecru: { hex: "#EAE2CF", code: "ECR" },
  Forest: { hex: "#2F4A3A", code: "FOR" },
  "Grey Marl": { hex: "#A4A4A1", code: "GRM" },
  Indigo: { hex: "#2C3E66", code: "IND" },
  Ivory: { hex: "#F4EEDF", code: "IVY" },
  Khaki: { hex: "#8A8454", code: "KHA" },
  "Light Wash": { hex: "#9DB7D5", code: "LTW" },
  Lilac: { hex: "#C5B3D6", code: "LIL" },
  "Mid Wash": { hex: "#5B7BA3", code: "MDW" },
  Mustard: { hex: "#D4A23A", code: "MUS" },
  Navy: { hex: "#1F2A44", code: "NAV" },
  "Navy Stripe": { hex: "#1F2A44", code: "NVS" },
  Oatmeal: { hex: "#D8CBB3", code: "OAT" },
  Olive: { hex: "#5F6340", code: "OLV" },
  "Red Stripe": { hex: "#B3282D", code: "RDS" },
  Rust: { hex: "#A9512F", code: "RST" },
  Sage: { hex: "#A3B18A", code: "SAG" },
  Sand: { hex: "#D9C6A5", code: "SND" },
  Sky: { hex: "#A9C6E0", code: "SKY" },
  Smoke: { hex: "#8E9196", code: "SMK" },
  Stone: { hex: "#C9BFAE", code: "STN" },
  Tan: { hex: "#B98B5E", code: "TAN" },
  Terracotta: { hex: "#C0603F", code: "TER" },
  Tobacco: { hex: "#7A5230", code: "TOB" },
  Tortoise: { hex: "#6B4226", code: "TOR" },
  "Washed Black": { hex: "#3A3A3C", code: "WBK" },
  White: { hex: "#F7F7F4", code: "WHT" },
} as const satisfies Record<string, { hex: string; code: string }>;

export type ColourName = keyof typeof COLOURS;

/** "Grey Marl" -> "grey-marl": used in image file names. */
export function colourSlug(name: ColourName): string {
  return name.toLowerCase().replace(/\s+/g, "-");
}
