require 'sinatra'
require 'sinatra/json'

get '/endpoint' do
    status 506
    json message: 'Variant Also Negotiates'
end
