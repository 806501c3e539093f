/** Rebuilding read models from the event log while queries keep answering from the last complete model. */
package com.example.shop.query.replay;
