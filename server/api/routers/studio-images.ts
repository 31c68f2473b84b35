import { addImage, listImages, removeImage, reorderImages, updateImage } from "@/server/domain/studio/images";
import {
  imageAddInput,
  imageListInput,
  imageRemoveInput,
  imageReorderInput,
  imageUpdateInput,
} from "@/server/domain/studio/inputs-images";
import { marketerProcedure, router } from "../trpc";

/** Who the history will name for a change. */
const actorOf = (user: { id: string; name: string; email: string }) => ({ id: user.id, name: user.name || user.email });

/**
 * A product's images: uploads (POST /api/studio/uploads) put on the product, with alt text in both
 * languages, a colour or all, and an order. Public API, like the rest of `studio.*`.
 */
export const studioImagesRouter = router({
  list: marketerProcedure.input(imageListInput).query(({ ctx, input }) => listImages(ctx.db, input.productId)),
  add: marketerProcedure.input(imageAddInput).mutation(({ ctx, input }) => addImage(ctx.db, actorOf(ctx.user), input)),
  update: marketerProcedure
    .input(imageUpdateInput)
    .mutation(({ ctx, input }) => updateImage(ctx.db, actorOf(ctx.user), input)),
  reorder: marketerProcedure
    .input(imageReorderInput)
    .mutation(({ ctx, input }) => reorderImages(ctx.db, actorOf(ctx.user), input)),
  remove: marketerProcedure
    .input(imageRemoveInput)
    .mutation(({ ctx, input }) => removeImage(ctx.db, actorOf(ctx.user), input.id)),
});
