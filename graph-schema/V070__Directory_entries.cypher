// V070 The directory's entries (HSDS 3.0 entities): each is found by its id. Idempotent.
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT address_id IF NOT EXISTS FOR (n:Address) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT phone_id IF NOT EXISTS FOR (n:Phone) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT schedule_id IF NOT EXISTS FOR (n:Schedule) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT directory_contact_id IF NOT EXISTS FOR (n:DirectoryContact) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT language_id IF NOT EXISTS FOR (n:Language) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT accessibility_id IF NOT EXISTS FOR (n:Accessibility) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT cost_option_id IF NOT EXISTS FOR (n:CostOption) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT required_document_id IF NOT EXISTS FOR (n:RequiredDocument) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_area_id IF NOT EXISTS FOR (n:ServiceArea) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_identifier_id IF NOT EXISTS FOR (n:OrganizationIdentifier) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT attribute_id IF NOT EXISTS FOR (n:Attribute) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT taxonomy_term_id IF NOT EXISTS FOR (n:TaxonomyTerm) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_at_location_id IF NOT EXISTS FOR (n:ServiceAtLocation) REQUIRE n.id IS UNIQUE;
