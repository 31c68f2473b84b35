import fs from "node:fs";
import { BinaryBitmap, HybridBinarizer, QRCodeReader, RGBLuminanceSource } from "@zxing/library";
import QRCode, { type QRCodeMaskPattern } from "qrcode";

const WIDTH = 640;
const HEIGHT = 480;

/** One 640x480 frame's luma: the symbol, black on white, centred with a quiet zone around it. */
function qrFrame(text: string, maskPattern?: QRCodeMaskPattern): Buffer {
  const qr = QRCode.create(text, { errorCorrectionLevel: "M", maskPattern });
  const size = qr.modules.size;
  const scale = Math.floor(Math.min(WIDTH, HEIGHT) / (size + 8));
  const left = Math.floor((WIDTH - size * scale) / 2);
  const top = Math.floor((HEIGHT - size * scale) / 2);
  const luma = Buffer.alloc(WIDTH * HEIGHT, 235);
  for (let y = 0; y < size * scale; y++) {
    for (let x = 0; x < size * scale; x++) {
      if (qr.modules.get(Math.floor(y / scale), Math.floor(x / scale))) luma[(top + y) * WIDTH + left + x] = 16;
    }
  }
  return luma;
}

function zxingReads(luma: Buffer, text: string): boolean {
  try {
    const source = new RGBLuminanceSource(new Uint8ClampedArray(luma), WIDTH, HEIGHT);
    return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source))).getText() === text;
  } catch {
    return false;
  }
}

/**
 * A video file Chromium plays as its camera (`--use-file-for-fake-video-capture`): a QR code
 * holding `text`, black on white, in the Y4M format (a header, then raw YUV 4:2:0 frames).
 *
 * zxing-js, the scanner's decoder, cannot read about 3% of symbols in this exact still frame
 * (for instance MOSTRADOR:MAD-1001:706112, the e2e store's first order). A phone held up to a
 * real camera gives a different frame each moment; this video repeats one. So it uses qrcode's own
 * mask when zxing reads that frame, and else the first mask it does read.
 */
export function writeQrVideo(file: string, text: string) {
  const masks: (QRCodeMaskPattern | undefined)[] = [undefined, 0, 1, 2, 3, 4, 5, 6, 7];
  const luma = masks.map((mask) => qrFrame(text, mask)).find((frame) => zxingReads(frame, text)) ?? qrFrame(text);
  const chroma = Buffer.alloc((WIDTH / 2) * (HEIGHT / 2) * 2, 128); // no colour
  const frame = Buffer.concat([Buffer.from("FRAME\n"), luma, chroma]);
  const header = Buffer.from(`YUV4MPEG2 W${WIDTH} H${HEIGHT} F10:1 Ip A1:1 C420jpeg\n`);
  fs.writeFileSync(file, Buffer.concat([header, frame, frame, frame]));
}
