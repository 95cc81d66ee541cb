/** Production stands out from every other environment wherever environments are badges. */
export function environmentColor(name: string): string {
  return name === 'production' ? 'teal' : name === 'staging' ? 'blue' : 'grape';
}
