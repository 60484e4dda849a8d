/**
 * Products and their stock: list them, create one (any authenticated user, so tests and demos own their stock).
 * <p>
 * Rules: a price is positive with at most two decimals, stock is zero or more. Stock changes only through
 * {@link ProductRepository#reserve} (one conditional {@code UPDATE ... WHERE stock >= ?}, atomic in PostgreSQL,
 * so concurrent orders never oversell) and {@link ProductRepository#release} (giving a failed order's stock back);
 * both run inside the caller's transaction. The orders feature is their only caller.
 */
package org.example.observable.products;
