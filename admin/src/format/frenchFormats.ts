/** The console's display formats: French conventions, dates of the Paris time zone. */

const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const parisDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
const parisDateTime = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});
const euros = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
const integers = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const percents = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1 });
const fileSizes = {
  byte: new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'byte' }),
  kilobyte: new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 }),
  megabyte: new Intl.NumberFormat('fr-FR', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
};

/**
 * `2024-05-02` (a calendar date, shown as is: no time zone may shift it) or an ISO instant (shown as its
 * date in Paris) → `02/05/2024`; with `withTime`, instants get the Paris time too: `02/05/2024 10:30`.
 */
export function formatDate(value: string, { withTime = false } = {}): string {
  const calendar = CALENDAR_DATE.exec(value);
  if (calendar) return `${calendar[3]}/${calendar[2]}/${calendar[1]}`;
  const instant = new Date(value);
  if (Number.isNaN(instant.getTime())) return value;
  return (withTime ? parisDateTime : parisDate).format(instant).replace(',', '');
}

/**
 * The calendar dates of a text written by the server (`… commence le 2022-09-01 : …`) as dd/mm/yyyy, the
 * console's format: the API's messages and some stored texts (an end reason) write them as ISO.
 */
export const withFrenchDates = (text: string): string => text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, '$3/$2/$1');

/** Integer cents → `90,00 €` (money is stored as cents everywhere). */
export const formatMoney = (cents: number): string => euros.format(cents / 100);

/** A file's size in bytes → `12 o`, `120 ko`, `1,2 Mo` (1 ko = 1,024 bytes, as file managers count). */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return fileSizes.byte.format(bytes);
  if (bytes < 1024 * 1024) return fileSizes.kilobyte.format(bytes / 1024);
  return fileSizes.megabyte.format(bytes / (1024 * 1024));
}

/** `12345` → `12 345` (narrow no-break space, as French typography wants). */
export const formatInteger = (value: number): string => integers.format(value);

/** A percentage from 0 to 100 → `18,7 %` (no-break space before the sign). */
export const formatPercent = (percent: number): string => percents.format(percent / 100);

/** `Montpellier` → `de Montpellier`, `Aix-Marseille` → `d’Aix-Marseille` (« académie de… »). */
export const ofName = (name: string): string => (/^[aeiouyàâäéèêëîïôöùûüœ]/i.test(name) ? `d’${name}` : `de ${name}`);
