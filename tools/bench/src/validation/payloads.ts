// The benchmark payloads named in issue 3, built from the gateway seed's shapes.

/** The PUT /messages/{id} success response, with `invalidCount` invalid recipients listed. */
export function updateResponse(invalidCount: number): unknown {
  return {
    success: true,
    message: 'Updated',
    credit: '91.00299999999986',
    error: null,
    data: {
      test: false,
      sender: 'alberto',
      body: 'test invio {{name}}',
      recipients: {
        valid: { count: 4 },
        invalid: {
          total: invalidCount,
          list: Array.from(
            { length: invalidCount },
            (_, index) => `39349${String(index).padStart(7, '0')}`,
          ),
        },
      },
      transaction: true,
      options: { flash: false, realtime: false, timestamp_send: '1564752494920' },
      statistics: { error: 0, sent: 0, delivered: 0, total: 4, sms_total: 4 },
      base_price: 0.126,
      timestamp: '1564752494920',
      last_update: '1564752494920',
      priority: 1,
      price: 0.126,
      state: 0,
      id: '5d443a6e9f2725660f3db347',
    },
  };
}

/** A valid PUT /messages/{id} body: every recipient form the spec allows. */
export const validPutBody = {
  recipients: [
    '+39-3478569987',
    '+39-3401234567',
    { number: '+39-3478569987', fields: { name: 'simone', surname: 'rossi' } },
  ],
  transaction: false,
  options: { timestamp_send: '2023-12-25' },
};

/** An invalid PUT body: a number among the recipients, a field that is no string, a bad flag. */
export const invalidPutBody = {
  recipients: ['+39-3478569987', 42, { number: '+39-3478569987', fields: { name: 7 } }],
  transaction: 'yes',
  options: { timestamp_send: 20231225 },
};
