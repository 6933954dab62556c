import { AGENCY_CSV, parseAgencyRow } from './agency-row';
import { missingColumns } from './row-fields';

const row = (fields: Record<string, string> = {}) => ({
  external_id: 'AG-1',
  name: 'Kathmandu Placement',
  ...fields,
});

describe('recruitment-agency CSV rows', () => {
  it('reads the fee practice: fees by ILO category in one currency, deposit, loans, documents', () => {
    const result = parseAgencyRow(
      row({
        licensing_country: 'Nepal',
        licence_status: 'Licensed',
        licence_expires_on: '2027-03-31',
        countries_of_operation: 'NP; MY|Qatar',
        employer_pays_committed: 'No',
        fees_currency: 'npr',
        fee_recruitment_service_minor: '15000000',
        fee_travel_minor: '0',
        fee_medical_minor: '',
        fee_documents_minor: '500000',
        deposit_amount_minor: '2000000',
        deposit_currency: 'NPR',
        loans_offered: 'y',
        loan_interest_rate_percent: '36.5%',
        retains_documents: 'TRUE',
      }),
    );
    expect(result).toEqual({
      ok: true,
      value: {
        externalId: 'AG-1',
        name: 'Kathmandu Placement',
        licenceNumber: null,
        licensingCountry: 'NP',
        licenceStatus: 'licensed',
        licenceExpiresOn: '2027-03-31',
        countriesOfOperation: ['NP', 'MY', 'QA'],
        employerPaysCommitted: false,
        feesChargedToWorkers: [
          { category: 'recruitment_service', amountMinor: 15_000_000, currency: 'NPR' },
          { category: 'documents', amountMinor: 500_000, currency: 'NPR' },
        ],
        depositRequired: true,
        depositAmountMinor: 2_000_000,
        depositCurrency: 'NPR',
        loansOffered: true,
        loanInterestRatePercent: '36.5',
        retainsDocuments: true,
        contractInWorkerLanguage: null,
      },
    });
  });

  it('leaves what the file does not say unknown (null), never "no"', () => {
    expect(parseAgencyRow(row())).toMatchObject({
      ok: true,
      value: {
        licenceStatus: 'unknown',
        employerPaysCommitted: null,
        retainsDocuments: null,
        feesChargedToWorkers: null,
        countriesOfOperation: [],
      },
    });
  });

  it('reads a 0 in any fee column as "no fees charged", and fee columns all empty as not known', () => {
    const none = parseAgencyRow(row({ fee_recruitment_service_minor: '0', fee_travel_minor: '' }));
    expect(none).toMatchObject({ ok: true, value: { feesChargedToWorkers: [] } });
    const blank = parseAgencyRow(row({ fees_currency: 'NPR', fee_travel_minor: ' ' }));
    expect(blank).toMatchObject({ ok: true, value: { feesChargedToWorkers: null } });
  });

  it.each([
    [{ external_id: '' }, 'external_id'],
    [{ name: ' ' }, 'name'],
    [{ fees_currency: 'NPR', fee_travel_minor: '150.00' }, 'fee_travel_minor'],
    [{ fee_travel_minor: '15000' }, 'fees_currency'],
    [{ fees_currency: 'XYZ', fee_travel_minor: '15000' }, 'fees_currency'],
    [{ licence_status: 'pending' }, 'licence_status'],
    [{ licence_expires_on: '2027-02-30' }, 'licence_expires_on'],
    [{ licence_expires_on: '31/03/2027' }, 'licence_expires_on'],
    [{ countries_of_operation: 'NP;Atlantis' }, 'countries_of_operation'],
    [{ employer_pays_committed: 'perhaps' }, 'employer_pays_committed'],
    [{ deposit_amount_minor: '100' }, 'deposit_currency'],
    [{ loan_interest_rate_percent: '12.345' }, 'loan_interest_rate_percent'],
    [{ loan_interest_rate_percent: '5000' }, 'loan_interest_rate_percent'],
  ])('rejects %p naming the column', (fields, column) => {
    expect(parseAgencyRow(row(fields))).toMatchObject({ ok: false, column });
  });

  it('needs external_id and name in the header', () => {
    expect(missingColumns(['Name', 'fee_travel_minor'], AGENCY_CSV)).toEqual(['external_id']);
  });
});
