/** Timers a waiting node asked for (an ask's timeout); the key is the engine's timer id. */
export const NODE_TIMER = 'conversation.node';
/** The conversation's inactivity deadline; it moves itself forward while the customer is active. */
export const INACTIVITY_TIMER = 'conversation.inactivity';
