package dev.tsunagari.web;

import dev.tsunagari.demo.DemoNetwork;
import dev.tsunagari.graph.CypherFiles;
import dev.tsunagari.support.Accounts;
import dev.tsunagari.support.Network;
import dev.tsunagari.support.TestApi;
import dev.tsunagari.support.TestNeo4j;

/**
 * The demo network with the seed story's three people added (as the README's walk-through adds them): Haruto, who
 * would like to play for a 団地 community, Mayumi who knows him and Sachiko, and Sachiko, who organises an estate's
 * community; each signs in with an account of their own.
 */
record SeedStory(Accounts.As haruto, Accounts.As mayumi, Accounts.As sachiko) {
    static final String HARUTO = "木村 陽翔";
    static final String MAYUMI = "小野 真由美";
    static final String SACHIKO = "石田 幸子";

    static SeedStory load() {
        new DemoNetwork(TestNeo4j.graph(), new CypherFiles()).loadIfEmpty();
        Network.expect(TestApi.put("/api/people/haruto", """
                {"name": "木村 陽翔", "headline": "竹の打楽器でくつろぐ会", "tags": ["founder", "bamboo-percussion"],
                 "seeks": ["団地のコミュニティで演奏する場"], "offers": ["くつろぎの演奏会"]}"""), 201);
        Network.expect(TestApi.put("/api/people/mayumi", """
                {"name": "小野 真由美", "headline": "地域コミュニティの主宰", "tags": ["community-organizer"]}"""), 201);
        Network.expect(TestApi.put("/api/people/sachiko", """
                {"name": "石田 幸子", "headline": "桜ヶ丘団地の自治会", "tags": ["community-organizer", "団地"],
                 "offers": ["集会所でのイベント"]}"""), 201);
        tie("""
                {"from": "haruto", "to": "mayumi", "type": "KNOWS", "strength": 0.8, "context": "met", "since": "2026-03-01"}""");
        tie("""
                {"from": "mayumi", "to": "haruto", "type": "TRUSTS", "strength": 0.8, "context": "met", "since": "2026-03-01"}""");
        tie("""
                {"from": "mayumi", "to": "sachiko", "type": "KNOWS", "strength": 0.7, "context": "worked-together", "since": "2024-05-01"}""");
        return new SeedStory(Accounts.create(HARUTO, "member", "haruto"), Accounts.create(MAYUMI, "member", "mayumi"),
                Accounts.create(SACHIKO, "member", "sachiko"));
    }

    private static void tie(String body) {
        int status = TestApi.put("/api/ties", body).status();
        if (status != 201 && status != 200) {
            throw new IllegalStateException("tie not stored (" + status + "): " + body);
        }
    }
}
