import { useTranslations } from "next-intl";
import { Bone, ProductGridSkeleton, SkeletonPage } from "@/ui/skeleton";

export default function SearchLoading() {
  const t = useTranslations("shop.searchPage");
  return (
    <SkeletonPage label={t("loading")} className="mx-auto max-w-screen-2xl px-4 pt-8 pb-16 sm:px-6 lg:px-10 lg:pt-12">
      <Bone className="h-4 w-28" />
      <Bone className="mt-3 h-10 w-64" />
      <Bone className="mt-3 h-5 w-48" />
      <div className="mt-10">
        <ProductGridSkeleton />
      </div>
    </SkeletonPage>
  );
}
