/** The drag payload type of a palette item; the canvas accepts only drops that carry it. */
export const paletteMime = 'application/x-parley-node-kind';
