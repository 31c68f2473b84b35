import { useTranslations } from "next-intl";
import { Bone, SkeletonPage } from "@/ui/skeleton";

export default function CartLoading() {
  const t = useTranslations("checkout.cart");
  return (
    <SkeletonPage label={t("loading")} className="mx-auto max-w-6xl px-4 pt-8 pb-16 sm:px-6 lg:px-10 lg:pt-12">
      <Bone className="h-9 w-48 sm:h-10" />
      <Bone className="mt-3 h-5 w-20" />
      <div className="mt-6 grid gap-8 lg:mt-10 lg:grid-cols-[minmax(0,1fr)_22rem] lg:gap-12 xl:grid-cols-[minmax(0,1fr)_24rem]">
        <ul className="divide-y divide-stone-200 border-y border-stone-200">
          {Array.from({ length: 2 }, (_, i) => (
            <li key={i} className="flex gap-4 py-6 sm:gap-6">
              <Bone className="aspect-[4/5] w-24 shrink-0 rounded-2xl sm:w-32" />
              <div className="flex-1">
                <Bone className="h-5 w-2/3 max-w-xs" />
                <Bone className="mt-2 h-4 w-1/3 max-w-40" />
                <Bone className="mt-2 h-4 w-16" />
                <Bone className="mt-6 h-11 w-32 rounded-full" />
              </div>
            </li>
          ))}
        </ul>
        <div className="self-start rounded-3xl bg-stone-50 p-5 sm:p-6">
          <Bone className="h-6 w-28" />
          <Bone className="mt-5 h-5 w-full" />
          <Bone className="mt-3 h-4 w-3/4" />
          <Bone className="mt-6 h-12 w-full rounded-full" />
        </div>
      </div>
    </SkeletonPage>
  );
}
