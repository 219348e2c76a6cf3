const VIETNAM = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  timeZoneName: 'longOffset',
});

/** "2024-07-12T09:30:00+07:00": a time as Nghị định 30 shows the signing time, in Vietnam time (Intl does the zone). */
export function isoVietnam(date: Date): string {
  const part = Object.fromEntries(VIETNAM.formatToParts(date).map((p) => [p.type, p.value]));
  const offset = String(part.timeZoneName ?? '').replace('GMT', '') || '+00:00';
  return `${part.year}-${part.month}-${part.day}T${part.hour}:${part.minute}:${part.second}${offset}`;
}
