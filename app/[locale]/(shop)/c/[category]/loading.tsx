import { useTranslations } from "next-intl";
import { Bone, Bones, ProductGridSkeleton, SkeletonPage } from "@/ui/skeleton";

export default function CategoryLoading() {
  const t = useTranslations("shop.category");
  return (
    <SkeletonPage label={t("loading")} className="mx-auto max-w-screen-2xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8">
      <Bone className="h-4 w-32" />
      <Bone className="mt-5 h-9 w-56" />
      <Bone className="mt-3 h-5 w-full max-w-xl" />
      <div className="mt-8 lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] lg:gap-12 xl:grid-cols-[16rem_minmax(0,1fr)]">
        <div className="space-y-8">
          <Bone className="h-12 rounded-2xl lg:hidden" />
          <div className="hidden space-y-8 lg:block">
            <Bone className="h-11 rounded-xl" />
            <div className="flex flex-wrap gap-2">
              <Bones count={5} className="size-10 rounded-full" />
            </div>
            <div className="space-y-3">
              <Bones count={6} className="h-6 w-2/3" />
            </div>
          </div>
        </div>
        <div className="mt-6 lg:mt-0">
          <div className="flex items-center justify-between border-b border-stone-200 pb-4">
            <Bone className="h-5 w-28" />
            <Bone className="h-10 w-48 rounded-full" />
          </div>
          <div className="mt-6">
            <ProductGridSkeleton withSidebar />
          </div>
        </div>
      </div>
    </SkeletonPage>
  );
}
