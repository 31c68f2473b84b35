/**
 * X-Forwarded-For with the connecting socket's address appended, as nginx's
 * $proxy_add_x_forwarded_for does. The last entry is then the one a client cannot forge;
 * server/client-address.ts reads it (or the one TRUSTED_PROXY_HOPS further left).
 * @param {string | string[] | undefined} prior the header as Node parsed it (repeats joined or listed)
 * @param {string | undefined} socketAddress
 */
export function appendForwardedFor(prior, socketAddress) {
  const chain = [prior].flat().filter(Boolean);
  if (socketAddress) chain.push(socketAddress);
  return chain.length ? chain.join(", ") : undefined;
}
