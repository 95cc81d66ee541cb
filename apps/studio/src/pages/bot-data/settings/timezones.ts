/** The IANA time zones this browser knows, with `UTC` (which some browsers leave out) first. */
export function timeZoneOptions(current: string): string[] {
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  const zones = new Set(['UTC', ...known]);
  // A zone the draft names but this browser does not know stays choosable, not silently replaced.
  if (current !== '') zones.add(current);
  return [...zones];
}
