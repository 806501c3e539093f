/** Starting things in order and stopping every one of them again, whatever way the run ends. */
package com.example.shop.localrun.lifecycle;
