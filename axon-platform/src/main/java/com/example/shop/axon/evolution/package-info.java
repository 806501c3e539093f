/** Events whose shape changed: upcasters that let every service read every revision ever stored. */
package com.example.shop.axon.evolution;
