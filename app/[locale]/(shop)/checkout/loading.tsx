import { useTranslations } from "next-intl";
import { Bone, SkeletonPage } from "@/ui/skeleton";

export default function CheckoutLoading() {
  const t = useTranslations("checkout.page");
  return (
    <SkeletonPage label={t("loading")} className="mx-auto max-w-6xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-8">
      <Bone className="h-4 w-24" />
      <Bone className="mt-5 mb-8 h-10 w-48" />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_24rem] lg:gap-10">
        <div className="space-y-6">
          <Bone className="h-48 rounded-3xl" />
          <Bone className="h-72 rounded-3xl" />
          <Bone className="h-56 rounded-3xl" />
        </div>
        <Bone className="h-96 rounded-3xl" />
      </div>
    </SkeletonPage>
  );
}
