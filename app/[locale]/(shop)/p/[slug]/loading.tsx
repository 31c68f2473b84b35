import { useTranslations } from "next-intl";
import { Bone, Bones, SkeletonPage } from "@/ui/skeleton";

export default function ProductLoading() {
  const t = useTranslations("shop.product");
  return (
    <SkeletonPage label={t("loading")} className="mx-auto max-w-screen-2xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8">
      <Bone className="mb-6 h-4 w-64" />
      <div className="grid gap-8 lg:grid-cols-[auto_minmax(0,1fr)] lg:gap-12 xl:gap-16">
        <Bone className="aspect-[4/5] rounded-3xl lg:w-[clamp(22rem,calc((100dvh-12rem)*0.8),48vw)]" />
        <div className="max-w-2xl">
          <Bone className="h-4 w-24" />
          <Bone className="mt-3 h-10 w-3/4" />
          <Bone className="mt-5 h-8 w-28" />
          <Bone className="mt-10 h-4 w-32" />
          <div className="mt-3 flex gap-2">
            <Bones count={3} className="h-11 w-28 rounded-full" />
          </div>
          <Bone className="mt-8 h-4 w-20" />
          <div className="mt-3 grid grid-cols-5 gap-2">
            <Bones count={5} className="h-12 rounded-xl" />
          </div>
          <Bone className="mt-8 h-56 rounded-2xl" />
        </div>
      </div>
    </SkeletonPage>
  );
}
