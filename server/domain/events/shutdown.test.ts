import { describe, expect, it } from "vitest";
import { closeAllStreams, eventStream, StreamsClosing } from "./bus";

// Its own file: closing the streams is for the whole process, once.
describe("stopping the server", () => {
  it("ends every open stream with StreamsClosing (clients reconnect), and refuses new ones", async () => {
    const open = eventStream(undefined, () => true);
    const ended = open.next().then(
      () => "no error",
      (err: unknown) => err,
    );
    await new Promise((resolve) => setImmediate(resolve));
    closeAllStreams();
    expect(await ended).toBeInstanceOf(StreamsClosing);
    await expect(eventStream(undefined, () => true).next()).rejects.toBeInstanceOf(StreamsClosing);
  });
});
