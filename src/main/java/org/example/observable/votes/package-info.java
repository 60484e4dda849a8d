/**
 * Votes: an authenticated user votes for a post at most once, and may take the vote back.
 * <p>
 * Rules: voting twice is 409 ({@link AlreadyVotedException}), also when two requests race (the primary key
 * decides); voting for an unknown post is 404; taking back a vote that does not exist is 404. Votes disappear
 * with their post or their user (database cascade). Counting votes per post is done by the posts feature.
 */
package org.example.observable.votes;
